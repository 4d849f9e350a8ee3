// STUB — replaced by the editor implementation (keeps the exported signature).
import { Editable } from 'slate-react';

export function DocumentEditable() {
  return <Editable className="gw-page" disableDefaultStyles />;
}
