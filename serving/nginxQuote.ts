/** nginx strings: double-quoted; a `$` would start a variable, so literal paths may not hold one. */
export const quote = (text: string) => `"${text}"`
