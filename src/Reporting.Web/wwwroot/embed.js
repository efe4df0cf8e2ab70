// For host pages (portals) that frame Reporting embeds. Include it once:
//   <script src="https://reporting.example.com/embed.js" async></script>
// Each iframe showing an embed then takes the height of its content. Only messages from the origin
// this script was loaded from are believed, and only for the iframe that sent them.
(function () {
    'use strict';
    const source = document.currentScript && document.currentScript.src;
    if (!source) {
        return;
    }
    const origin = new URL(source).origin;
    const tallest = 100000;
    window.addEventListener('message', function (event) {
        const data = event.data;
        if (event.origin !== origin || !data || data.type !== 'reporting:resize') {
            return;
        }
        const height = Number(data.height);
        if (!Number.isFinite(height) || height < 0 || height > tallest) {
            return;
        }
        document.querySelectorAll('iframe').forEach(function (frame) {
            if (frame.contentWindow === event.source) {
                frame.style.height = Math.ceil(height) + 'px';
            }
        });
    });
})();
