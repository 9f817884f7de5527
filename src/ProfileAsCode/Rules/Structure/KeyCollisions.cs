namespace ProfileAsCode.Rules.Structure;

/// <summary>One plist key a payload record declares: a [PayloadKey] property or an [AdditionalKeys] entry.</summary>
internal sealed class KeyDeclaration
{
    public KeyDeclaration(string key, string declaredBy, object? origin = null)
    {
        Key = key;
        DeclaredBy = declaredBy;
        Origin = origin;
    }

    /// <summary>The exact plist key.</summary>
    public string Key { get; }

    /// <summary>What declares it, for messages: a property name, or "additional key".</summary>
    public string DeclaredBy { get; }

    public object? Origin { get; }
}

/// <summary>
/// PAC3005: within one payload record every key is declared once (plist keys are case-sensitive), and no key
/// starts with <c>Payload</c>: those keys belong to the profile itself (PayloadType, PayloadUUID, …,
/// plist-and-profiles reference §1.2) and sit next to the settings in a direct payload.
/// </summary>
internal static class KeyCollisions
{
    private const string ReservedPrefix = "Payload";

    /// <summary>Findings in declaration order; a repeated key is reported at its second and later declarations.</summary>
    public static IReadOnlyList<Finding> Check(IReadOnlyList<KeyDeclaration> keys)
    {
        var findings = new List<Finding>();
        var seen = new Dictionary<string, KeyDeclaration>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (key.Key.StartsWith(ReservedPrefix, StringComparison.Ordinal))
            {
                findings.Add(new Finding(
                    RuleCatalog.KeyCollision,
                    $"{key.DeclaredBy} maps to '{key.Key}', a reserved Payload* key: the serializer writes PayloadType, PayloadIdentifier, PayloadUUID and the other Payload* keys itself, and a second value would silently replace one of them or be dropped. Use the payload's own key name, or [ConfigurationProfile]/[PayloadIdentity] for the Payload* keys.",
                    key.Key,
                    key.Origin));
            }
            else if (seen.TryGetValue(key.Key, out var first))
            {
                findings.Add(new Finding(
                    RuleCatalog.KeyCollision,
                    $"{key.DeclaredBy} maps to '{key.Key}', which {first.DeclaredBy} already maps to: a plist dictionary holds each key once, so one value would be lost. Give each property its own [PayloadKey].",
                    key.Key,
                    key.Origin));
            }
            else
            {
                seen.Add(key.Key, key);
            }
        }

        return findings;
    }
}
