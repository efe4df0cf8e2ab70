// Inside an embed: tells the host page how tall the content is, whenever that changes, so that the
// host's embed.js can size the iframe and no inner scrollbar appears. The message holds only a
// height, so it goes to whichever page frames this one.
(function () {
    'use strict';
    if (window.parent === window) {
        return;
    }
    let last = -1;
    function post() {
        const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
        if (height !== last) {
            last = height;
            window.parent.postMessage({ type: 'reporting:resize', height: height }, '*');
        }
    }
    new ResizeObserver(post).observe(document.documentElement);
    window.addEventListener('load', post);
})();
