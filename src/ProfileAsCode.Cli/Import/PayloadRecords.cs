using System.Diagnostics.CodeAnalysis;
using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.Profiles.Mapping;
using ProfileAsCode.Rules;
using ProfileAsCode.Rules.Apple;

namespace ProfileAsCode.Cli.Import;

/// <summary>
/// The library's typed records a payload can become: the <c>[PreferenceDomain]</c> record of its domain (Jamf
/// Connect), or the <c>[ApplePayload]</c> records of its <c>PayloadType</c> — one for most types, several where Apple
/// describes one type in several schema files (six for <c>com.apple.MCX</c>, two for <c>com.apple.extensiblesso</c>),
/// in the order of Apple's schema table (<see cref="AppleSchemas"/>). Records are classified by the one
/// classification the builder uses (<see cref="ShapeCatalog.MarkerOf"/>).
/// </summary>
internal static class PayloadRecords
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<Type>>> AppleByType = new(FindApplePayloads);

    /// <summary>The candidate records for a domain or payload type, best first; empty when the library has none.</summary>
    public static IReadOnlyList<Type> For(string domainOrPayloadType)
    {
        if (KnownDomains.Find(domainOrPayloadType) is { } domainRecord)
        {
            return [domainRecord];
        }

        return AppleByType.Value.TryGetValue(domainOrPayloadType, out var records) ? records : [];
    }

    /// <summary>Whether <paramref name="payloadType"/> is one Apple's schema defines, on macOS or not (so a record generated for it is an <c>[ApplePayload]</c>).</summary>
    public static bool IsApplePayloadType(string payloadType) => AppleSchemas.Find(payloadType) is not null || AppleByType.Value.ContainsKey(payloadType);

    /// <summary>The <c>PayloadDisplayName</c> the builder writes for a record when none is pinned: the attribute's, else the domain or type.</summary>
    public static string DefaultDisplayName(Type record) =>
        ShapeCatalog.MarkerOf(record) is { } marker ? marker.DisplayName ?? marker.Identifier : record.Name;

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = CommandLine.TrimmerRoot.Library)]
    private static IReadOnlyDictionary<string, IReadOnlyList<Type>> FindApplePayloads()
    {
        var records = typeof(ApplePayloadAttribute).Assembly.GetExportedTypes()
            .Where(t => !t.IsNested && ShapeCatalog.MarkerOf(t) is { Kind: PayloadKind.ApplePayload })
            .ToList();
        return records
            .GroupBy(t => ShapeCatalog.MarkerOf(t)!.Identifier, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Type>)g.OrderBy(t => TableOrder(g.Key, t.Name)).ThenBy(t => t.FullName, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }

    /// <summary>Where the record's schema stands among its type's schemas in Apple's table; records without one last.</summary>
    private static int TableOrder(string payloadType, string recordName)
    {
        var schemas = AppleSchemas.Find(payloadType)?.Schemas ?? [];
        for (var i = 0; i < schemas.Count; i++)
        {
            if (schemas[i].RecordName == recordName)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
