import { t } from '@/utils/i18n';

export type FrameDetectionProps = {
  /** undefined while the browser is being asked whether the permission is held. */
  readonly granted: boolean | undefined;
  readonly denied: boolean;
  readonly onEnable: () => void;
  readonly onDisable: () => void;
};

/**
 * Firefox only: noticing the QR iframe that wxLogin.js embeds needs the optional webNavigation
 * permission, because Firefox's webRequest does not report frames of pages the extension has
 * no access to (measured in Firefox ESR 153).
 */
export function FrameDetection(props: FrameDetectionProps) {
  return (
    <section class="frame-detection" aria-labelledby="frame-detection-title">
      <h2 id="frame-detection-title">{t('frames.title')}</h2>
      <p>{t('frames.intro')}</p>
      {props.granted ? (
        <>
          <p role="status">{t('frames.on')}</p>
          <button type="button" onClick={props.onDisable}>
            {t('frames.disable')}
          </button>
        </>
      ) : (
        <button type="button" disabled={props.granted === undefined} onClick={props.onEnable}>
          {t('frames.enable')}
        </button>
      )}
      {props.denied && !props.granted && <p role="status">{t('frames.denied')}</p>}
    </section>
  );
}
