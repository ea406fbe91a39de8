// Every chart's grid draws horizontal lines only.

/** Given as the grid's vertical-line generator: recharts' default works out (and measures in the DOM) x ticks it would not draw. */
export const noVerticalLines = (): number[] => [];
