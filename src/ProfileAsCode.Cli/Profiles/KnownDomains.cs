using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace ProfileAsCode.Cli.Profiles;

/// <summary>The typed payload records the library ships (Jamf Connect…), found by their <c>[PreferenceDomain]</c>.</summary>
internal static class KnownDomains
{
    private static readonly Lazy<IReadOnlyDictionary<string, Type>> ByDomain = new(FindAll);

    public static Type? Find(string domain) => ByDomain.Value.TryGetValue(domain, out var type) ? type : null;

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = CommandLine.TrimmerRoot.Library)]
    private static IReadOnlyDictionary<string, Type> FindAll() =>
        typeof(PreferenceDomainAttribute).Assembly.GetTypes()
            .Where(t => t.IsPublic && !t.IsAbstract)
            .Select(t => (Type: t, Attribute: t.GetCustomAttribute<PreferenceDomainAttribute>(inherit: false)))
            .Where(x => x.Attribute is not null)
            .OrderBy(x => x.Type.FullName, StringComparer.Ordinal)
            .GroupBy(x => x.Attribute!.Domain, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Type, StringComparer.Ordinal);
}
