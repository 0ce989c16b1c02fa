/** The `code` of a Node system error (`ENOENT`, `ENOSPC`…), or '' for anything else. */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    return typeof error.code === 'string' ? error.code : ''
  }
  return ''
}
