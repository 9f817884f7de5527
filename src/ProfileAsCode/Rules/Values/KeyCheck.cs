using ProfileAsCode.Rules.JamfConnect;
using ProfileAsCode.Rules.Parsing;

namespace ProfileAsCode.Rules.Values;

/// <summary>One known string value under one <see cref="ValueRule"/>, with what the rules need to know around it.</summary>
internal sealed class KeyCheck
{
    public KeyCheck(PayloadFacts payload, KeyFact key, ValueRule rule, string text, RuleContext context)
    {
        Payload = payload;
        Key = key;
        Rule = rule;
        Text = text;
        Context = context;
        Provider = JamfConnectKeys.ProviderOf(payload, key.KeyPath, rule.ProviderKey);
    }

    public PayloadFacts Payload { get; }

    public KeyFact Key { get; }

    public ValueRule Rule { get; }

    public string Text { get; }

    public RuleContext Context { get; }

    /// <summary>
    /// The provider this value goes to: the known value of <see cref="ValueRule.ProviderKey"/>, or of
    /// <c>ROPGProvider</c> for the password-check keys when it is set (<see cref="JamfConnectKeys.ProviderOf"/>);
    /// null when there is none, or it is absent or unknown.
    /// </summary>
    public string? Provider { get; }

    /// <summary>Entra-only checks apply: no provider key, or the provider names Entra (<c>EntraID</c>, <c>Azure</c>, <c>Azure_v2</c>).</summary>
    public bool AppliesToEntra => Rule.ProviderKey is null || IdentityProviders.IsEntra(Provider);

    /// <summary>The provider key says Entra: the stricter reading of <see cref="AppliesToEntra"/>.</summary>
    public bool ProviderIsEntra => IdentityProviders.IsEntra(Provider);

    public string KeyPath => Key.KeyPath;

    public Finding Report(RuleDescriptor rule, string message, string? replacement = null, IReadOnlyDictionary<string, string?>? properties = null) =>
        new(rule, message, Key.KeyPath, Key.Origin, replacement, properties ?? (replacement is null ? null : FindingProperties.Replace(Key.KeyPath, replacement)));
}
