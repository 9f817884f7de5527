using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ProfileAsCode.Rules.Tenant.Exports;
using ProfileAsCode.Rules.Tenant.Model;

namespace ProfileAsCode.Analyzers.Tenant;

/// <summary>
/// The project's Entra ID tenant exports as the analyzers see them: the additional files ProfileAsCode's targets
/// add from the <c>ProfileAsCodeTenantExport</c> item, marked with the item metadata <c>ProfileAsCodeKind=TenantExport</c>
/// (made visible to analyzers by <c>CompilerVisibleItemMetadata</c>). Read with the rule engine's own JSON reader
/// (no System.Text.Json: csc and Visual Studio need not load it).
/// <para>
/// The editor makes a compilation per keystroke; the exports change rarely. So the model is cached by content:
/// a compilation whose exports have the same paths and the same text (<see cref="SourceText.ContentEquals"/>, a
/// comparison, no hashing) gets the model read before; an edited export misses, and is read at the next
/// compilation without a restart. The cache holds the last few models only.
/// </para>
/// </summary>
internal static class TenantExports
{
    /// <summary>How an analyzer reads item metadata of an additional file (Roslyn's <c>build_metadata.&lt;item&gt;.&lt;name&gt;</c>).</summary>
    public const string KindMetadata = "build_metadata.AdditionalFiles.ProfileAsCodeKind";

    public const string TenantExportKind = "TenantExport";

    private const int Capacity = 8;

    // Most recent last. Locked: analyzers run concurrently, and the list is a handful of entries.
    private static readonly List<KeyValuePair<List<(string Path, SourceText Text)>, TenantModel?>> Recent = new();

    /// <summary>
    /// The tenant model of the compilation's exports; null when there are none, or when one cannot be read
    /// (the build reports that file as PAC9002: no profile is checked against half a tenant).
    /// </summary>
    public static TenantModel? For(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        List<(string Path, SourceText Text)>? exports = null;
        foreach (var file in options.AdditionalFiles)
        {
            if (!options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(KindMetadata, out var kind)
                || !string.Equals(kind, TenantExportKind, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (file.GetText(cancellationToken) is not { } text)
            {
                return null; // unreadable: the build says which
            }

            (exports ??= new List<(string, SourceText)>()).Add((file.Path, text));
        }

        if (exports is null)
        {
            return null;
        }

        exports.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        lock (Recent)
        {
            for (var i = 0; i < Recent.Count; i++)
            {
                if (SameContent(Recent[i].Key, exports))
                {
                    var hit = Recent[i];
                    Recent.RemoveAt(i);
                    Recent.Add(hit);
                    return hit.Value;
                }
            }
        }

        var model = Read(exports);
        lock (Recent)
        {
            Recent.Add(new KeyValuePair<List<(string, SourceText)>, TenantModel?>(exports, model));
            if (Recent.Count > Capacity)
            {
                Recent.RemoveAt(0);
            }
        }

        return model;
    }

    private static TenantModel? Read(List<(string Path, SourceText Text)> exports)
    {
        var result = TenantExportReader.Read(exports.Select(export => new ExportFile(export.Path, export.Text.ToString())).ToList());
        return result.Problems.Count > 0 ? null : result.Model;
    }

    private static bool SameContent(List<(string Path, SourceText Text)> cached, List<(string Path, SourceText Text)> exports)
    {
        if (cached.Count != exports.Count)
        {
            return false;
        }

        for (var i = 0; i < cached.Count; i++)
        {
            if (!string.Equals(cached[i].Path, exports[i].Path, StringComparison.Ordinal) || !cached[i].Text.ContentEquals(exports[i].Text))
            {
                return false;
            }
        }

        return true;
    }
}
