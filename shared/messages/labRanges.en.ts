// The English words of the site range table's messages (shared/labRanges.ts): the station log's text and the window's en.
export const labRangesEn = {
  labRanges: {
    notJson: '{{file}} is not valid JSON ({{detail}}); the default ranges are used.',
    invalid: '{{file}}, {{field}}: {{detail}}; the default ranges are used.',
    unreadable: '{{file}} could not be read ({{detail}}); the default ranges are used.',
  },
} as const;
