/** A small element builder: text goes in as text (never parsed as HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(props)) {
    if (value !== undefined) node.setAttribute(name, value)
  }
  node.append(...children)
  return node
}

export function show(node: HTMLElement, visible: boolean): void {
  node.hidden = !visible
}
