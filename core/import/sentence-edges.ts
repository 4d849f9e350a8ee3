/** A paragraph may end with these: 。！？ (and half-width), ；：, …, or a closing quote/bracket after one. */
const SENTENCE_END = /[。！？!?；;：:…]$|[。！？!?；;]["”’』」）)】]+$/u;
/** A line cannot end here and a paragraph cannot start with these: the break is mid-sentence. */
export const CANNOT_END = /[，,、（(“‘《【〔「『]$/u;
export const CANNOT_START = /^[，,、。；;：:）)”’》】〕」』！？!?%％]/u;

/** Whether a line ends a paragraph's last sentence (a break after it is a real one). */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}
