import { useRef, useState } from 'preact/hooks';
import { catalogueNow } from '@/utils/catalogue-loader';
import { type Locale, t } from '@/utils/i18n';
import type { Resolved } from '@/utils/typed-sites';
import { loadedTools, loadTools, type Tools } from './load-tools';
import { useSiteSuggestions } from './SiteSuggestions';

export type SiteToAdd = Extract<Resolved, { ok: true }>;

type Problem = Extract<Resolved, { ok: false }>;

/**
 * Adds one site by address (a domain or any URL, reduced to its registrable domain) or one app
 * by name. Problems are shown next to the field they concern, saying what to type instead.
 */
export function AddSiteForm({
  locale,
  onAdd,
}: {
  locale: Locale;
  /** Returns false when the site was already on the list (the fields are then kept). */
  onAdd: (site: SiteToAdd) => boolean;
}) {
  const [address, setAddress] = useState('');
  const [name, setName] = useState('');
  // The message is written when the problem is found, by the tools that found it.
  const [problem, setProblem] = useState<{ of: Problem; message: string } | undefined>();
  const addressRef = useRef<HTMLInputElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);

  const [unavailable, setUnavailable] = useState<string>();
  const suggestions = useSiteSuggestions({
    id: 'add-suggestions',
    value: address,
    locale,
    onPick: (site) => {
      setAddress(site.id);
      setProblem(undefined);
    },
  });

  const submit = (event: Event) => {
    event.preventDefault();
    // Reading an address needs the suffix list, one of the tools that follow the first render:
    // almost always in by the time someone has typed one, and waited for when it is not.
    const tools = loadedTools();
    if (tools) add(tools);
    else
      loadTools().then(add, (error: unknown) =>
        setUnavailable(error instanceof Error ? error.message : String(error)),
      );
  };

  const add = ({ resolveSite, addressMessage }: Tools) => {
    setUnavailable(undefined);
    // A catalogue site's name typed where the address goes (知乎) is that site. The catalogue is
    // in: typing loaded it (SiteSuggestions).
    const named = catalogueNow()?.siteNamed(address)?.id;
    const site = resolveSite({ name, address: named ?? address }, locale);
    if (!site.ok) {
      setProblem({ of: site, message: addressMessage(site.problem, address.trim()) });
      (site.field === 'name' ? nameRef : addressRef).current?.focus();
      return;
    }
    setProblem(undefined);
    if (onAdd(site)) {
      setAddress('');
      setName('');
    }
    addressRef.current?.focus();
  };

  const addressError = problem?.of.field === 'address' ? problem : undefined;
  const nameError = problem?.of.field === 'name' ? problem : undefined;

  return (
    <form class="add-site" onSubmit={submit} noValidate>
      <h3>{t('options.add.title')}</h3>
      <div class="field">
        <label for="add-address">{t('options.add.address')}</label>
        <div class="suggest-anchor">
          <input
            id="add-address"
            ref={addressRef}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={address}
            {...suggestions.inputProps}
            onInput={(event) => {
              setAddress(event.currentTarget.value);
              suggestions.typed();
              if (addressError) setProblem(undefined);
            }}
            aria-invalid={addressError ? true : undefined}
            aria-describedby={addressError ? 'add-address-error' : 'add-address-hint'}
          />
          {suggestions.listbox}
        </div>
        {addressError ? (
          <p id="add-address-error" class="field-error">
            {addressError.message}
          </p>
        ) : (
          <p id="add-address-hint" class="hint">
            {t('options.add.address.hint')}
          </p>
        )}
      </div>
      <div class="field">
        <label for="add-name">{t('options.add.name')}</label>
        <input
          id="add-name"
          ref={nameRef}
          type="text"
          autoComplete="off"
          value={name}
          onInput={(event) => {
            setName(event.currentTarget.value);
            if (nameError) setProblem(undefined);
          }}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? 'add-name-error' : 'add-name-hint'}
        />
        {nameError ? (
          <p id="add-name-error" class="field-error">
            {nameError.message}
          </p>
        ) : (
          <p id="add-name-hint" class="hint">
            {t('options.add.name.hint')}
          </p>
        )}
      </div>
      {unavailable && (
        <p class="field-error" role="alert">
          {t('options.later.failed', { reason: unavailable })}
        </p>
      )}
      <button type="submit" class="primary">
        {t('options.add.submit')}
      </button>
    </form>
  );
}
