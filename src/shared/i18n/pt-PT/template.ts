import type { TemplateWording } from '../en/template'

/** The built-in template's words in European Portuguese (see en/template.ts). */
export const templatePortuguese: TemplateWording = {
  name: 'Revisão trimestral centrada no cliente',
  purpose:
    'Partir da história real de um cliente e perguntar a cada departamento: como fazemos acontecer mais histórias assim?',
  framing: 'Como podemos fazer acontecer mais histórias como a de {customer}?',
  ourCustomer: 'o nosso cliente',
  departments: {
    m: 'Marketing',
    p: 'Produto',
    c: 'Apoio ao Cliente',
    s: 'Vendas',
    f: 'Finanças',
    o: 'Operações'
  },
  rounds: {
    open: { title: 'Mais histórias como esta', prompt: '', checklist: [] },
    needs: {
      title: 'De que precisam os nossos clientes?',
      prompt: 'Percorram juntos a lista de verificação do cliente.',
      checklist: [
        'De que precisam os nossos clientes?',
        'O que está a mudar à volta deles que devemos ter em conta?',
        'O que estão a fazer os concorrentes e as start-ups que nos possa afetar?',
        'Que pequena melhoria nos nossos processos faria uma grande diferença para eles?'
      ]
    },
    crossDepartment: {
      title: 'Construir entre departamentos',
      prompt: 'Sim, e… Escolham uma ideia de outro departamento e desenvolvam-na.',
      checklist: []
    },
    challenge: {
      title: 'O que ganham os nossos clientes?',
      prompt: 'Desafiem as ideias mais fortes do lado do cliente: o que ganham eles com isto?',
      checklist: []
    }
  }
}
