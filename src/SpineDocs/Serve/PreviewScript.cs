namespace SpineDocs.Serve;

/// <summary>The script and stylesheet the preview server adds to every page; never part of a build.</summary>
public static class PreviewScript
{
    public const string ScriptPath = "/_spinedocs/reload.js";
    public const string StylePath = "/_spinedocs/overlay.css";
    public const string EventsPath = "/_spinedocs/events";
    public const string Tag = "<script type=\"module\" src=\"" + ScriptPath + "\"></script>";

    /// <summary>What the preview shows before its first good build: the errors come over it, and it reloads once the site builds.</summary>
    public const string WaitingPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Preview: no good build yet</title></head>
        <body><main><h1>The preview has no good build yet</h1><p>Fix the errors listed here and in the terminal, then save. This page reloads by itself when the site builds.</p></main>
        """ + Tag + """
        </body>
        </html>
        """;

    public const string Script = """
        // SpineDocs preview: reloads the page after every good rebuild, and shows content errors over the page.
        const overlayId = "spinedocs-preview-errors";

        function show(errors) {
          document.getElementById(overlayId)?.remove();
          if (errors.length === 0) return;
          if (!document.querySelector('link[href="/_spinedocs/overlay.css"]')) {
            const link = document.createElement("link");
            link.rel = "stylesheet";
            link.href = "/_spinedocs/overlay.css";
            document.head.append(link);
          }
          const overlay = document.createElement("section");
          overlay.id = overlayId;
          overlay.setAttribute("role", "alert");
          const title = document.createElement("h2");
          title.textContent = `The last change has ${errors.length} error${errors.length === 1 ? "" : "s"}: this is the last good version of the site.`;
          const list = document.createElement("ul");
          for (const error of errors) {
            const item = document.createElement("li");
            item.textContent = error;
            list.append(item);
          }
          overlay.append(title, list);
          document.body.prepend(overlay);
        }

        const events = new EventSource("/_spinedocs/events");
        events.addEventListener("reload", () => window.location.reload());
        events.addEventListener("errors", (event) => show(JSON.parse(event.data)));
        """;

    public const string Style = """
        #spinedocs-preview-errors { position: fixed; inset: 0 0 auto 0; z-index: 1000; max-height: 60vh; overflow: auto;
          background: #fff4f4; color: #3b0000; border-bottom: 4px solid #b3261e; padding: 1rem; font: 1rem/1.4 ui-monospace, monospace; }
        #spinedocs-preview-errors h2 { font: 700 1.125rem/1.3 system-ui, sans-serif; margin: 0 0 0.5rem; }
        """;
}
