import '@/components/theme.css';
import '@/components/options/options.css';
import { loadLater } from '@/components/options/Later';
import { landOnHash } from '@/components/options/land';
import { OPTIONS_AREAS, OptionsApp } from '@/components/options/OptionsApp';
import { startPage } from '@/components/Page';

const root = document.getElementById('app');
if (root) {
  void startPage(root, OptionsApp, OPTIONS_AREAS).then(() => {
    landOnHash();
    // The parts that follow the first render (loaded after its paint, Later.tsx) move what is
    // below them, and the history scan replaces its placeholder: land again once they are in,
    // unless the reader has moved on meanwhile.
    const focused = document.activeElement;
    const scrolled = scrollY;
    const reland = () => {
      if (document.activeElement === focused && scrollY === scrolled) landOnHash();
    };
    requestAnimationFrame(() =>
      setTimeout(() =>
        loadLater().then(
          () => requestAnimationFrame(reland),
          () => undefined,
        ),
      ),
    );
  });
  addEventListener('hashchange', () => landOnHash());
}
