// A button with data-copy="<selector>" copies that element's text to the clipboard and says so.
(function () {
    'use strict';
    document.addEventListener('click', async event => {
        const button = event.target.closest('[data-copy]');
        if (!button) {
            return;
        }
        await navigator.clipboard.writeText(document.querySelector(button.dataset.copy).textContent);
        button.textContent = 'Copied';
    });
})();
