/** The stored folded copy of a searchable text field: `title` → `titleFolded`. */
export const foldedName = (field: string): string => `${field}Folded`
