export const APP_NAME = '公文写作台';

/** `名称 — 公文写作台`, marked with a leading • while there are unsaved changes. */
export function windowTitle(state: { name: string; dirty: boolean }): string {
  const name = state.name.trim();
  const title = name ? `${name} — ${APP_NAME}` : APP_NAME;
  return state.dirty ? `• ${title}` : title;
}
