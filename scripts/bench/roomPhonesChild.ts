/**
 * Simulated phones in their own process, so their sockets do not share the bench's event loop with
 * the app's services (in the app, phones are other devices). Arguments: room URL, count, department
 * id, milliseconds between one phone's ideas. Stdin: `pause`, `resume`, `stats` (prints JSON), `close`.
 */
import { createInterface } from 'node:readline'
import { startPhones } from './roomPhones'

async function main(): Promise<void> {
  const [url = '', count = '0', department = '', everyMs = '30000'] = process.argv.slice(2)
  const phones = await startPhones(url, Number(count), department, Number(everyMs))
  console.log('ready')
  const lines = createInterface({ input: process.stdin })
  lines.on('line', (line) => {
    if (line === 'pause') phones.pause()
    else if (line === 'resume') phones.resume()
    else if (line === 'stats')
      console.log(JSON.stringify({ accepted: phones.accepted(), refusals: phones.refusals() }))
    else if (line === 'close') void phones.close().then(() => process.exit(0))
  })
}

void main()
