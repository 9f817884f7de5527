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
/// PAC3005: within one payload record every key is declared once (plist keys are case-sensitive), and no key is
/// one of the payload envelope's (<see cref="EnvelopeKeys.IsEnvelopeKey"/>: Apple's CommonPayloadKeys,
/// https://developer.apple.com/documentation/devicemanagement/commonpayloadkeys, and <c>PayloadEnabled</c>):
/// the writer writes those itself, next to the payload's own keys. Other <c>Payload*</c> keys are payload keys
/// Apple defines (<c>PayloadContent</c> of a certificate payload, <c>PayloadCertificateUUID</c>) and are allowed.
/// </summary>
internal static class KeyCollisions
{
    /// <summary>Findings in declaration order; a repeated key is reported at its second and later declarations.</summary>
    public static IReadOnlyList<Finding> Check(IReadOnlyList<KeyDeclaration> keys)
    {
        var findings = new List<Finding>();
        var seen = new Dictionary<string, KeyDeclaration>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (EnvelopeKeys.IsEnvelopeKey(key.Key))
            {
                findings.Add(new Finding(
                    RuleCatalog.KeyCollision,
                    $"{key.DeclaredBy} maps to '{key.Key}', a reserved Payload* key: the serializer writes PayloadType, PayloadIdentifier, PayloadUUID and the other envelope keys itself, and a second value would silently replace one of them or be dropped. Use the payload's own key name, or [ConfigurationProfile]/[PayloadIdentity] for the Payload* keys.",
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
