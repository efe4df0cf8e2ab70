// Light or dark: the visitor's choice (remembered) over the system's. Runs in <head> so the page
// never paints in the other theme first; the toggle button is wired once the body exists.
(function () {
    'use strict';
    const root = document.documentElement;
    const stored = localStorage.getItem('reporting-theme');
    if (stored === 'dark' || stored === 'light') {
        root.dataset.theme = stored;
    }
    const isDark = () => root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
    document.addEventListener('DOMContentLoaded', function () {
        const button = document.querySelector('[data-theme-toggle]');
        if (!button) {
            return;
        }
        const label = () => {
            button.setAttribute('aria-pressed', String(isDark()));
            button.textContent = isDark() ? 'Light mode' : 'Dark mode';
        };
        label();
        button.addEventListener('click', function () {
            root.dataset.theme = isDark() ? 'light' : 'dark';
            localStorage.setItem('reporting-theme', root.dataset.theme);
            label();
            document.dispatchEvent(new CustomEvent('reporting:theme'));
        });
    });
})();
