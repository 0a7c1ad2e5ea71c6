import { useMemo, useState } from 'preact/hooks';
import { type Catalogue, catalogueNow, loadCatalogue } from '@/utils/catalogue-loader';
import { type Locale, t } from '@/utils/i18n';
import type { KnownSite } from '@/utils/known-sites';

/**
 * Catalogue sites suggested as the user types into a text field, as a WAI-ARIA combobox with a
 * listbox popup (list autocomplete, no automatic selection): Down and Up move through the
 * suggestions, Enter takes the highlighted one, Escape closes the list; the field keeps focus.
 * The catalogue is loaded when the field is first focused or typed into, not with the page.
 */
export function useSiteSuggestions({
  id,
  value,
  locale,
  onPick,
}: {
  /** The listbox's id; options get `${id}-${index}`. */
  id: string;
  value: string;
  locale: Locale;
  onPick: (site: KnownSite) => void;
}) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [catalogue, setCatalogue] = useState<Catalogue | undefined>(catalogueNow);
  const sites = useMemo(() => catalogue?.suggestSites(value) ?? [], [catalogue, value]);
  const load = () => {
    if (!catalogue) loadCatalogue().then(setCatalogue, () => undefined);
  };
  const shown = open && sites.length > 0;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const pick = (site: KnownSite) => {
    close();
    onPick(site);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (sites.length === 0) return;
      event.preventDefault();
      const down = event.key === 'ArrowDown';
      setOpen(true);
      // Alt+Down only opens the list, as in a native select.
      if (event.altKey && down) return;
      const next = !shown || active < 0 ? (down ? 0 : sites.length - 1) : active + (down ? 1 : -1);
      setActive((next + sites.length) % sites.length);
    } else if (event.key === 'Enter' && shown && active >= 0) {
      const site = sites[active];
      if (!site) return;
      // Takes the suggestion instead of submitting the form.
      event.preventDefault();
      pick(site);
    } else if (event.key === 'Escape' && shown) {
      event.preventDefault();
      close();
    }
  };

  const inputProps = {
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': shown,
    'aria-controls': id,
    'aria-activedescendant': shown && active >= 0 ? `${id}-${active}` : undefined,
    onKeyDown,
    onFocus: load,
    onBlur: close,
  } as const;

  const listbox = (
    <div
      id={id}
      role="listbox"
      class="site-suggestions"
      hidden={!shown}
      aria-label={t('options.add.suggestions')}
    >
      {shown &&
        sites.map((site, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox field handles the keys
          <div
            key={site.id}
            tabIndex={-1}
            id={`${id}-${index}`}
            role="option"
            aria-selected={index === active}
            class={index === active ? 'active' : undefined}
            // Keeps the focus in the field: the click below picks the site.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(site)}
          >
            <span class="suggestion-name">{site.name[locale]}</span>{' '}
            <span class="suggestion-domain">{site.id}</span>
          </div>
        ))}
    </div>
  );

  return {
    inputProps,
    listbox,
    /** Call from the field's input handler: typing opens the list, nothing highlighted. */
    typed: () => {
      load();
      setOpen(true);
      setActive(-1);
    },
  };
}
