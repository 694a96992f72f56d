/**
 * The /docs page: Swagger UI from our own assets (no CDN). It shows the public document
 * (/v1/openapi.json) and, at /docs?api=admin, the admin one (/admin/api/openapi.json); plain
 * links switch between them, so the page needs no inline script and no extra Swagger preset.
 */
export const DOCS_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Factline API reference</title>
  <link rel="icon" type="image/png" href="/docs-assets/favicon-32x32.png">
  <link rel="stylesheet" href="/docs-assets/swagger-ui.css">
</head>
<body>
  <nav style="font-family: sans-serif; padding: 8px 20px; border-bottom: 1px solid #ddd">
    <a href="/docs">Public API</a> (<a href="/v1/openapi.json">/v1/openapi.json</a>) ·
    <a href="/docs?api=admin">Admin API</a> (<a href="/admin/api/openapi.json">/admin/api/openapi.json</a>)
  </nav>
  <noscript>The reference needs JavaScript; the OpenAPI documents are linked above.</noscript>
  <div id="swagger-ui"></div>
  <script src="/docs-assets/swagger-ui-bundle.js"></script>
  <script src="/docs/init.js"></script>
</body>
</html>
`;

// A separate file rather than an inline script, so the page's CSP can forbid inline scripts.
export const DOCS_INIT_JS = `window.addEventListener("load", function () {
  var admin = new URLSearchParams(window.location.search).get("api") === "admin";
  document.title = admin ? "Factline admin API reference" : "Factline API reference";
  window.ui = SwaggerUIBundle({
    url: admin ? "/admin/api/openapi.json" : "/v1/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    tryItOutEnabled: true,
  });
});
`;

/**
 * Swagger UI sets style attributes while rendering, so styles allow 'unsafe-inline'; scripts
 * stay same-origin only.
 */
export const DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
