using System.Runtime.CompilerServices;

namespace ProfileAsCode.Rules;

// What the rule engine is given. Both callers build these: the analyzer from compile-time
// constants, the build host from the real values of the built records. Nested dictionaries are
// flattened into dotted key paths ("IdPSettings.TenantID").

/// <summary>A value as far as the caller knows it.</summary>
internal sealed class FactValue
{
    /// <summary>Set, but not known (not a compile-time constant). Rules neither check it nor call it missing.</summary>
    public static readonly FactValue Unknown = new(null, isKnown: false);

    private FactValue(object? value, bool isKnown)
    {
        Value = value;
        IsKnown = isKnown;
    }

    /// <summary>A string, bool, long, double, or an <see cref="IReadOnlyList{FactValue}"/> for arrays.</summary>
    public object? Value { get; }

    public bool IsKnown { get; }

    public string? AsString => Value as string;

    public static FactValue Of(string value) => new(value, true);

    public static FactValue Of(bool value) => new(value, true);

    public static FactValue Of(long value) => new(value, true);

    public static FactValue Of(double value) => new(value, true);

    public static FactValue Of(IReadOnlyList<FactValue> items) => new(items, true);

    public override string ToString() => IsKnown ? Value?.ToString() ?? "null" : "<unknown>";
}

internal enum ValueRuleKind
{
    EntraTenantId,
    EntraClientId,
    ScopeList,
    AbsoluteUri,
    Secret,
}

/// <summary>A value rule attached to a key by an attribute ([EntraTenantId], [ScopeList], …).</summary>
internal sealed class ValueRule
{
    public ValueRule(ValueRuleKind kind, string? providerKey = null, ScopeUsage usage = ScopeUsage.Interactive, ScopeSeparator separator = ScopeSeparator.Plus, IReadOnlyList<string>? schemes = null)
    {
        Kind = kind;
        ProviderKey = providerKey;
        Usage = usage;
        Separator = separator;
        Schemes = schemes ?? Array.Empty<string>();
    }

    public ValueRuleKind Kind { get; }

    /// <summary>Key path in the same payload naming the identity provider, if the rule depends on it.</summary>
    public string? ProviderKey { get; }

    public ScopeUsage Usage { get; }

    public ScopeSeparator Separator { get; }

    public IReadOnlyList<string> Schemes { get; }
}

/// <summary>One key of a payload that the caller set (absent keys are simply not listed).</summary>
internal sealed class KeyFact
{
    public KeyFact(string keyPath, FactValue value, IReadOnlyList<ValueRule>? rules = null, object? origin = null)
    {
        KeyPath = keyPath;
        Value = value;
        Rules = rules ?? Array.Empty<ValueRule>();
        Origin = origin;
    }

    public string KeyPath { get; }

    public FactValue Value { get; }

    public IReadOnlyList<ValueRule> Rules { get; }

    /// <summary>The caller's own handle for reporting (a syntax location, a property path); the engine only passes it back.</summary>
    public object? Origin { get; }
}

/// <summary>Which attribute made a record a payload, and so what <see cref="PayloadFacts.Domain"/> names.</summary>
internal enum PayloadKind
{
    /// <summary><c>[PreferenceDomain("com.jamf.connect.login")]</c>: the settings of one preference domain.</summary>
    PreferenceDomain,

    /// <summary><c>[ApplePayload("com.apple.TCC.configuration-profile-policy")]</c>: one payload type Apple defines.</summary>
    ApplePayload,
}

/// <summary>Where a profile installs: Apple's TopLevel key <c>PayloadScope</c> (https://developer.apple.com/documentation/devicemanagement/toplevel).</summary>
internal enum PayloadScope
{
    System,
    User,
}

internal sealed class PayloadFacts
{
    private volatile Dictionary<string, KeyFact>? byPath;

    public PayloadFacts(string domain, IReadOnlyList<KeyFact> keys, string? identifier = null, object? origin = null, PayloadKind kind = PayloadKind.PreferenceDomain)
    {
        Domain = domain;
        Keys = keys;
        Identifier = identifier;
        Origin = origin;
        Kind = kind;
    }

    /// <summary>
    /// The preference domain (<see cref="PayloadKind.PreferenceDomain"/>) or Apple's <c>PayloadType</c>
    /// (<see cref="PayloadKind.ApplePayload"/>), as the record's attribute names it.
    /// </summary>
    public string Domain { get; }

    /// <summary>Whether <see cref="Domain"/> is a preference domain or an Apple payload type.</summary>
    public PayloadKind Kind { get; }

    /// <summary>Apple's <c>PayloadType</c> of an Apple payload; null for a preference domain.</summary>
    public string? ApplePayloadType => Kind == PayloadKind.ApplePayload ? Domain : null;

    /// <summary>The payload's keys; not changed after construction (<see cref="Find"/> indexes them once).</summary>
    public IReadOnlyList<KeyFact> Keys { get; }

    public string? Identifier { get; }

    public object? Origin { get; }

    /// <summary>The same payload with other keys and origin (a caller re-tagging origins); everything else is kept.</summary>
    public PayloadFacts With(IReadOnlyList<KeyFact> keys, object? origin) => new(Domain, keys, Identifier, origin, Kind);

    /// <summary>The first key written under <paramref name="keyPath"/>, or null.</summary>
    [MethodImpl(HotPath.Optimized)]
    public KeyFact? Find(string keyPath)
    {
        // Rules look keys up many times per payload: index once, first key of a path wins as a scan would.
        var index = byPath;
        if (index is null)
        {
            index = new Dictionary<string, KeyFact>(Keys.Count, StringComparer.Ordinal);
            foreach (var key in Keys)
            {
                if (!index.ContainsKey(key.KeyPath))
                {
                    index.Add(key.KeyPath, key);
                }
            }

            byPath = index; // a race builds the same index twice; either copy is complete when published
        }

        return index.TryGetValue(keyPath, out var found) ? found : null;
    }
}

internal sealed class ProfileFacts
{
    public ProfileFacts(string? identifier, IReadOnlyList<PayloadFacts> payloads, object? origin = null, string? minimumMacOS = null, PayloadScope? scope = null)
    {
        Identifier = identifier;
        Payloads = payloads;
        Origin = origin;
        MinimumMacOS = minimumMacOS;
        Scope = scope;
    }

    public string? Identifier { get; }

    public IReadOnlyList<PayloadFacts> Payloads { get; }

    public object? Origin { get; }

    /// <summary>
    /// The oldest macOS the profile is meant for, as written in <c>[ConfigurationProfile(MinimumMacOS = "14.0")]</c>
    /// (compare with <c>Apple.AppleVersion</c>); null when the profile does not say. Not checked to be a version here.
    /// </summary>
    public string? MinimumMacOS { get; }

    /// <summary>Where the profile installs (<c>PayloadScope</c>); null when not known (a file without the key).</summary>
    public PayloadScope? Scope { get; }

    /// <summary>The same profile with other payloads and origin (a caller re-tagging origins); everything else is kept.</summary>
    public ProfileFacts With(IReadOnlyList<PayloadFacts> payloads, object? origin) => new(Identifier, payloads, origin, MinimumMacOS, Scope);
}
