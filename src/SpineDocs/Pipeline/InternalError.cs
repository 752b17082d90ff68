using SpineDocs.Diagnostics;

namespace SpineDocs.Pipeline;

/// <summary>An exception escaping a module is a bug in SpineDocs, not in the content: it becomes one clear error, never a crash.</summary>
public static class InternalError
{
    public static void Report(BuildContext context, string module, Exception exception, string? file)
    {
        var reason = exception is AggregateException { InnerExceptions.Count: > 0 } all ? all.InnerExceptions[0] : exception;
        context.Diagnostics.Error(DiagnosticCodes.InternalError, file ?? "spinedocs", 0, 0,
            $"SpineDocs failed in {module} ({reason.GetType().Name}: {reason.Message.Split('\n')[0]}). This is a bug in SpineDocs, not in your content: please report it{(file is null ? "" : " with this file")}. Nothing was written.");
    }
}
