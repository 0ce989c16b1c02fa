import type { Meeting } from '../../../src/shared/meeting/schema'

/** One name and one sentence in each script the PDF minutes must print, as a user would type them. */
export const MULTISCRIPT = {
  hebrew: { name: 'דוד כהן', text: 'שיחה חוזרת ללקוח בתוך יום אחד' },
  arabic: { name: 'فاطمة الزهراء', text: 'نرد على العميل خلال 24 ساعة' },
  chinese: { name: '王小明', text: '客户来电当天回复' },
  japanese: { name: '田中 美咲', text: 'お客様の声を毎週共有する' },
  korean: { name: '김민준', text: '고객 의견을 매주 공유합니다' },
  devanagari: { name: 'अमित शर्मा', text: 'ग्राहक को उसी दिन फ़ोन करें' },
  thai: { name: 'สมชาย ใจดี', text: 'โทรกลับหาลูกค้าภายในวันเดียว' },
  vietnamese: { name: 'Nguyễn Thị Minh Khai', text: 'Gọi lại cho khách hàng trong ngày' },
  emoji: { name: 'Sam 👍🏽', text: 'Great call 👨‍👩‍👧 ❤️ 🎵' }
} as const

export type Script = keyof typeof MULTISCRIPT

/** The seed meeting with attendees, ideas, an action owner and a recognition in every script. */
export function multiscriptMeeting(seed: Meeting): Meeting {
  const entries = Object.values(MULTISCRIPT)
  return {
    ...seed,
    attendees: seed.attendees.map((a, i) => ({
      ...a,
      name: entries[i % entries.length]?.name ?? a.name
    })),
    ideas: seed.ideas.map((idea, i) => {
      const entry = entries[i % entries.length]
      return entry ? { ...idea, text: entry.text, author: entry.name } : idea
    }),
    actions: seed.actions.map((a, i) => ({
      ...a,
      owner: entries[i % entries.length]?.name ?? a.owner
    })),
    recognitions: [
      { id: 'r-ja', who: '田中 美咲', forWhat: 'stayed on the line 40 minutes with a customer' },
      ...seed.recognitions
    ]
  }
}
