import { useEffect, useEffectEvent, useRef, useState, type KeyboardEvent } from 'react';
import { COMMANDS, type AppCommand } from './commands/command-table.ts';
import { MENUS } from '../../core/host/commands.ts';
import type { EditorCommands } from '../editor/index.ts';

interface MenuBarProps {
  hasDocument: boolean;
  onCommand(command: AppCommand): void;
  /** The open document's editor: a command that applies only to some selections (合并单元格) asks it as its menu opens. */
  editor?: EditorCommands | null;
  /** Where focus goes back when the menu closes without a command (the page). */
  onLeave(): void;
}

/**
 * 文件 · 编辑 · 段落 · 视图 · 帮助, with each command's shortcut. Reached by keyboard as in Windows
 * programs: F10 or Alt alone focuses the bar, Alt+F/E/P/V/H opens a menu; arrows move, Enter runs,
 * Esc goes back to the page.
 */
export function MenuBar({ hasDocument, onCommand, editor, onLeave }: MenuBarProps) {
  const [open, setOpen] = useState<number | null>(null);
  /** The open menu's commands that do not apply to the selection it was opened on. */
  const [unavailable, setUnavailable] = useState<ReadonlySet<AppCommand>>(new Set());
  const bar = useRef<HTMLDivElement>(null);
  const altAlone = useRef(false);

  const focusTitle = (index: number) => bar.current?.querySelectorAll<HTMLElement>('.gw-menu-title')[index]?.focus();
  const focusItem = (index: number) => {
    const items = [...(bar.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];
    items.at(index)?.focus();
  };
  const showMenu = (index: number) => {
    const items = MENUS[index]!.items.filter((item): item is AppCommand => item !== '-');
    setUnavailable(new Set(editor ? items.filter((item) => COMMANDS[item].enabled?.(editor) === false) : []));
    setOpen(index);
  };
  const openMenu = (index: number) => {
    showMenu(index);
    requestAnimationFrame(() => focusItem(0));
  };
  const close = (back: boolean) => {
    setOpen(null);
    if (back) onLeave();
  };

  const onWindowKey = useEffectEvent((event: globalThis.KeyboardEvent) => {
    if (event.type === 'keydown') {
      altAlone.current = event.key === 'Alt' && !event.ctrlKey && !event.shiftKey;
      if (event.key === 'F10' && !event.ctrlKey && !event.altKey) {
        event.preventDefault();
        focusTitle(0);
        return;
      }
      if (event.altKey && !event.ctrlKey && !event.shiftKey && !event.metaKey && !event.isComposing) {
        const index = MENUS.findIndex((menu) => event.code === `Key${menu.key}`);
        if (index >= 0) {
          event.preventDefault();
          openMenu(index);
        }
      }
      return;
    }
    // Alt pressed and released alone: the menu bar, as in Word (the browser's own menu has no Alt).
    if (event.key === 'Alt' && altAlone.current) {
      altAlone.current = false;
      if (bar.current?.contains(document.activeElement)) close(true);
      else focusTitle(0);
    }
  });
  useEffect(() => {
    const listener = (event: globalThis.KeyboardEvent) => onWindowKey(event);
    window.addEventListener('keydown', listener, true);
    window.addEventListener('keyup', listener, true);
    const cancelAlt = () => (altAlone.current = false);
    window.addEventListener('mousedown', cancelAlt, true);
    return () => {
      window.removeEventListener('keydown', listener, true);
      window.removeEventListener('keyup', listener, true);
      window.removeEventListener('mousedown', cancelAlt, true);
    };
  }, []);

  useEffect(() => {
    if (open === null) return;
    const outside = (event: MouseEvent) => {
      if (!bar.current?.contains(event.target as Node)) setOpen(null);
    };
    window.addEventListener('mousedown', outside);
    return () => window.removeEventListener('mousedown', outside);
  }, [open]);

  function onBarKeyDown(event: KeyboardEvent) {
    const titles = [...(bar.current?.querySelectorAll<HTMLElement>('.gw-menu-title') ?? [])];
    const titleAt = titles.indexOf(document.activeElement as HTMLElement);
    const current = open ?? titleAt;
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      const next = (Math.max(current, 0) + (event.key === 'ArrowRight' ? 1 : MENUS.length - 1)) % MENUS.length;
      if (open !== null) openMenu(next);
      else focusTitle(next);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (open === null) return openMenu(Math.max(current, 0));
      const items = [...(bar.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])') ?? [])];
      const at = items.indexOf(document.activeElement as HTMLElement);
      focusItem(event.key === 'ArrowDown' ? (at + 1) % items.length : at <= 0 ? -1 : at - 1);
    }
  }

  return (
    <div ref={bar} className="gw-menubar" role="menubar" aria-label="菜单栏" onKeyDown={onBarKeyDown}>
      {MENUS.map((menu, index) => (
        <div key={menu.label} className="gw-menu">
          <button
            type="button"
            className="gw-menu-title"
            aria-haspopup="menu"
            aria-expanded={open === index}
            aria-keyshortcuts={`Alt+${menu.key}`}
            tabIndex={index === 0 ? 0 : -1}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => (open === index ? close(false) : openMenu(index))}
            onMouseEnter={() => open !== null && open !== index && showMenu(index)}
          >
            {menu.label}
            <span className="gw-menu-key">({menu.key})</span>
          </button>
          {open === index && (
            <div className="gw-menu-popup" role="menu" aria-label={menu.label}>
              {menu.items.map((item, i) => {
                if (item === '-') return <div key={i} className="gw-menu-separator" role="separator" />;
                const { label, shortcut, needsDocument } = COMMANDS[item];
                const disabled = (needsDocument === true && !hasDocument) || unavailable.has(item);
                const choose = () => {
                  if (disabled) return;
                  close(false);
                  onCommand(item);
                };
                return (
                  <div
                    key={item}
                    role="menuitem"
                    tabIndex={-1}
                    className="gw-menu-item"
                    aria-disabled={disabled ? 'true' : undefined}
                    aria-keyshortcuts={shortcut}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={choose}
                    onKeyDown={(event) => {
                      if (event.key !== 'Enter' && event.key !== ' ') return;
                      event.preventDefault();
                      choose();
                    }}
                  >
                    <span>{label}</span>
                    <span className="gw-menu-shortcut">{shortcut ?? ''}</span>
                  </div>
                );
              })}
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
