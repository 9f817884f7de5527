using System.Text.RegularExpressions;
using AppleSchemaGenerator.Model;

namespace AppleSchemaGenerator.Exceptions;

/// <summary>One key whose description may state a presence rule the schema's <c>presence</c> does not.</summary>
internal sealed record ProseCandidate(string File, string Path, string Trigger);

/// <summary>
/// Finds the keys (available on macOS) whose description uses wording that can carry a presence rule:
/// "either", "instead of", "replaces", "required if/when/for", "ignored if", "must not", "at least one", …
/// Each candidate must be either encoded in <see cref="PresenceConstraints"/> or listed with a reason in
/// <see cref="ReviewedProse"/>; the generator stops on one that is neither, so a schema update gets read.
/// The descriptions are only matched here; nothing of them is written out.
/// </summary>
internal static partial class ProseScanner
{
    [GeneratedRegex(@"\beither\b|instead of|\breplac|required (if|when|for)|is required|are required|requires (a value|this)|ignored (if|when|for)|must not|not both|at least one|must also|only (if|when)|present only|used only if|requires that|in favor of|needs to include", RegexOptions.IgnoreCase)]
    private static partial Regex Trigger();

    /// <summary>Supervision is a fact of its own (the schema's <c>supervised</c>), not a presence rule.</summary>
    [GeneratedRegex(@"([Aa]s of iOS \d+, )?[Rr]equires a supervised device[^.]*\.")]
    private static partial Regex Supervision();

    public static IReadOnlyList<ProseCandidate> Scan(IEnumerable<PayloadSchema> schemas)
    {
        var found = new List<ProseCandidate>();
        foreach (var schema in schemas.Where(s => s.IsForMacOS))
        {
            var seen = new HashSet<KeyNode>(ReferenceEqualityComparer.Instance);
            Walk(schema, schema.Keys, string.Empty, seen, found);
        }

        return found;
    }

    private static void Walk(PayloadSchema schema, IReadOnlyList<KeyNode> keys, string parent, HashSet<KeyNode> seen, List<ProseCandidate> found)
    {
        foreach (var key in keys)
        {
            if (key.MacOS is { NotAvailable: true } || !seen.Add(key))
            {
                continue;
            }

            var path = parent.Length == 0 ? key.Key : parent + "/" + key.Key;
            if (key.Content is { } content && Trigger().Match(Supervision().Replace(content, string.Empty)) is { Success: true } match)
            {
                found.Add(new ProseCandidate(schema.FileName, path, match.Value.ToLowerInvariant()));
            }

            Walk(schema, key.Subkeys, path, seen, found);
        }
    }
}
