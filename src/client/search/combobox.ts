import { append, clear, el } from '../graph/dom.ts';

export interface ComboOption {
  id: string;
  /** Main text (a name from a report: set as text, never markup). */
  text: string;
  /** Small text at the end (its type). */
  note?: string;
  /** Colour dot before the text. */
  colour?: string;
}

export interface ComboboxOptions {
  input: HTMLInputElement;
  /** Options for the current input value (may be async, e.g. while names load). */
  options: (value: string) => ComboOption[] | Promise<ComboOption[]>;
  onChoose: (option: ComboOption) => void;
  /** Enter with no option highlighted; return true when handled (otherwise the first option is chosen). */
  onEnter?: (value: string) => boolean;
  emptyText?: string;
}

/**
 * An input with a suggestion list (the ARIA 1.2 combobox pattern): arrow keys move, Enter chooses, Escape closes.
 * Used by the graph's finder and the header search box.
 */
export function combobox({ input, options, onChoose, onEnter, emptyText }: ComboboxOptions): HTMLUListElement {
  const listId = `${input.id || 'kg-combo'}-list`;
  const listbox = el('ul', { id: listId, role: 'listbox', class: 'kg-suggestions', hidden: true });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('aria-autocomplete', 'list');
  input.autocomplete = 'off';

  let current: ComboOption[] = [];
  let active = -1;
  let request = 0;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (option: ComboOption | undefined) => {
    if (!option) return;
    input.value = option.text;
    close();
    onChoose(option);
  };
  const draw = () => {
    clear(listbox);
    if (!input.value.trim()) return close();
    if (current.length === 0) {
      if (!emptyText) return close();
      append(listbox, el('li', { class: 'kg-suggestion-empty', role: 'option', 'aria-disabled': 'true' }, emptyText));
    }
    current.forEach((option, i) => {
      const item = el(
        'li',
        { role: 'option', id: `${listId}-${i}`, class: 'kg-suggestion', 'aria-selected': i === active ? 'true' : 'false' },
        option.colour && el('span', { class: 'kg-swatch', style: `background:${option.colour}`, 'aria-hidden': 'true' }),
        option.text,
        option.note && el('span', { class: 'kg-suggestion-kind' }, option.note),
      );
      // mousedown, not click: the input's blur would close the list before a click lands.
      item.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(option);
      });
      append(listbox, item);
    });
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const refresh = async () => {
    const mine = ++request;
    const value = input.value;
    const found = await options(value);
    if (mine !== request) return;
    current = found;
    active = -1;
    draw();
  };

  input.addEventListener('input', () => void refresh());
  input.addEventListener('focus', () => {
    if (input.value.trim()) void refresh();
  });
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return; // an IME is still composing Chinese: Enter confirms the characters, not the search
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (current.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + current.length) % current.length;
      draw();
    } else if (event.key === 'Enter') {
      if (active >= 0) {
        event.preventDefault();
        choose(current[active]);
      } else if (onEnter?.(input.value)) {
        event.preventDefault();
        close();
      } else if (current.length > 0) {
        event.preventDefault();
        choose(current[0]);
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return listbox;
}
