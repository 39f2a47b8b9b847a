// Live results (module live): marks the element connected to the live stream, so that pages (and tests) can show
// whether pushed updates arrive. The htmx SSE extension does the rest: hx-trigger="sse:<event>" reloads fragments.
document.addEventListener("htmx:sseOpen", (event) => event.detail.elt.setAttribute("data-live", "open"));
document.addEventListener("htmx:sseError", (event) => event.detail.elt.setAttribute("data-live", "reconnecting"));
