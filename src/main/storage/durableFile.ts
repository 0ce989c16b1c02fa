import type { Adapter } from 'lowdb'
import type { DurableWriteOptions, FileData, WrittenFile } from './durableWrite'
import { writeQueued } from './fileWriters'
import { readRegularFile } from './regularFile'

/**
 * lowdb adapter for a text file, written durably (see writeFileDurably) through the file's single
 * coalescing writer. Replaces lowdb's TextFile, whose writer (steno) never fsyncs and reuses one
 * temp name.
 */
export class DurableTextFile implements Adapter<string> {
  /** Size and time of the newest write that has finished (its own or a newer coalesced one). */
  written: WrittenFile | null = null

  constructor(
    readonly filename: string,
    private readonly options: DurableWriteOptions = {}
  ) {}

  async read(): Promise<string | null> {
    return (await readRegularFile(this.filename))?.toString('utf-8') ?? null
  }

  async write(text: FileData): Promise<void> {
    const written = await writeQueued(this.filename, text, this.options)
    // Writes to one file finish in order, so the last to finish describes the file on disk.
    this.written = written
  }
}

/** lowdb adapter for JSON data on top of DurableTextFile (the durable twin of lowdb's JSONFile). */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly #text: DurableTextFile

  constructor(
    filename: string,
    options: DurableWriteOptions = {},
    private readonly stringify: (data: T) => FileData = (data) => `${JSON.stringify(data)}\n`
  ) {
    this.#text = new DurableTextFile(filename, options)
  }

  get filename(): string {
    return this.#text.filename
  }

  /** Size and time of the file as the newest finished write left it (no stat needed). */
  get written(): WrittenFile | null {
    return this.#text.written
  }

  async read(): Promise<T | null> {
    const text = await this.#text.read()
    return text === null ? null : (JSON.parse(text) as T)
  }

  write(data: T): Promise<void> {
    // Serialise now, so a later mutation of `data` cannot leak into this write.
    return this.#text.write(this.stringify(data))
  }
}
