// Renders /openapi.json on /docs. A file of its own, not inline, so the page's
// Content-Security-Policy can allow scripts from this server only.
window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui", validatorUrl: null});
