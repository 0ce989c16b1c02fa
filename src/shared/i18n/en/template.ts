/**
 * The built-in "Customer-centric quarterly review" template's words, in English: the catalogue every
 * other language's template mirrors (`TemplateWording`). Colours, keys, kinds and timings stay in
 * shared/meeting/template.ts; `{customer}` is replaced by the story's customer name.
 */
export const templateEnglish: TemplateWording = {
  name: 'Customer-centric quarterly review',
  purpose:
    'Start from one real customer’s story, then ask every department: how do we make more stories like this happen?',
  framing: "How can we make more stories like {customer}'s happen?",
  /** Put in for `{customer}` when no name is known. */
  ourCustomer: 'our customer',
  /** Department presets by key (m, p, c, s, f, o). */
  departments: {
    m: 'Marketing',
    p: 'Product',
    c: 'Customer Service',
    s: 'Sales',
    f: 'Finance',
    o: 'Operations'
  },
  /** The four default brainstorm rounds, worded from the seed articles; the first asks the framing question. */
  rounds: {
    open: { title: 'More stories like this', prompt: '', checklist: [] },
    needs: {
      title: 'What do our customers need?',
      prompt: 'Go through the customer checklist together.',
      checklist: [
        'What do our customers need?',
        'What is changing around them that we should consider?',
        'What are competitors and start-ups doing that could disrupt us?',
        'Which small improvement in our processes would make a big difference for them?'
      ]
    },
    crossDepartment: {
      title: 'Build across departments',
      prompt: 'Yes, and… Pick an idea from another department and build on it.',
      checklist: []
    },
    challenge: {
      title: "What's in it for our customers?",
      prompt: 'Challenge the strongest ideas from the customer’s side: what is in it for them?',
      checklist: []
    }
  }
}

interface RoundWording {
  title: string
  /** Empty: the round asks the framing question. */
  prompt: string
  checklist: readonly string[]
}

/** The shape of every language's template words, so a missing entry fails typecheck. */
export interface TemplateWording {
  name: string
  purpose: string
  framing: string
  ourCustomer: string
  departments: Record<'m' | 'p' | 'c' | 's' | 'f' | 'o', string>
  rounds: Record<'open' | 'needs' | 'crossDepartment' | 'challenge', RoundWording>
}
