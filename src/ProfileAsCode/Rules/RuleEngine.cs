using System.Runtime.CompilerServices;
using ProfileAsCode.Rules.Apple;
using ProfileAsCode.Rules.Entra;
using ProfileAsCode.Rules.JamfConnect;
using ProfileAsCode.Rules.Structure;
using ProfileAsCode.Rules.Values;

namespace ProfileAsCode.Rules;

/// <summary>
/// The one rule engine both callers use. Pure: facts in, findings out, in a stable order — payloads and
/// keys in the order given, for each key its value rules, then the payload's cross-field rules, then the
/// profile's, then the project's. The context defaults to <see cref="RuleContext.Editor"/>;
/// the build host passes <see cref="RuleContext.Build"/>.
/// </summary>
internal static class RuleEngine
{
    /// <summary>Value rules of each key, plus the cross-field rules of the payload's domain.</summary>
    public static IReadOnlyList<Finding> CheckPayload(PayloadFacts payload, RuleContext? context = null)
    {
        var findings = new List<Finding>();
        CheckPayload(payload, context ?? RuleContext.Editor, findings);
        return findings;
    }

    /// <summary><see cref="CheckPayload(PayloadFacts, RuleContext?)"/> for every payload, plus the rules that span payloads of one profile.</summary>
    public static IReadOnlyList<Finding> CheckProfile(ProfileFacts profile, RuleContext? context = null)
    {
        var findings = new List<Finding>();
        CheckProfile(profile, context ?? RuleContext.Editor, findings);
        return findings;
    }

    /// <summary><see cref="CheckProfile(ProfileFacts, RuleContext?)"/> for every profile, plus the rules that span profiles (duplicate identifiers).</summary>
    public static IReadOnlyList<Finding> CheckProject(IReadOnlyList<ProfileFacts> profiles, RuleContext? context = null)
    {
        var findings = new List<Finding>();
        foreach (var profile in profiles)
        {
            CheckProfile(profile, context ?? RuleContext.Editor, findings);
        }

        IdentifiersUnique.CheckProfiles(profiles, findings);
        return findings;
    }

    private static void CheckProfile(ProfileFacts profile, RuleContext context, List<Finding> findings)
    {
        IdentifierWellFormed.CheckProfile(profile, findings);
        foreach (var payload in profile.Payloads)
        {
            CheckPayload(payload, context, findings);
        }

        IdentifiersUnique.CheckPayloads(profile, findings);
        TenantsMustAgree.CheckProfile(profile, findings);
        EntraNeedsTenant.Check(profile, findings);
        RopgClientIdMatchesOidcClientId.CheckProfile(profile, findings);
        AppleSchemaRules.CheckProfile(profile, findings);
    }

    [MethodImpl(HotPath.Optimized)]
    private static void CheckPayload(PayloadFacts payload, RuleContext context, List<Finding> findings)
    {
        IdentifierWellFormed.CheckPayload(payload, findings);
        var keys = payload.Keys;
        for (var k = 0; k < keys.Count; k++)
        {
            var key = keys[k];
            var rules = DefaultValueRules.For(payload, key);
            XmlCharactersLegal.Check(key, IsSecret(rules), findings);
            if (key.Value.AsString is not { } text)
            {
                continue;
            }

            if (rules.Count == 0)
            {
                NoPlaceholderLeft.CheckWholeValue(key, findings);
                continue;
            }

            for (var r = 0; r < rules.Count; r++)
            {
                CheckValue(new KeyCheck(payload, key, rules[r], text, context), findings);
            }
        }

        TenantsMustAgree.CheckPayload(payload, findings);
        RopgClientIdMatchesOidcClientId.CheckPayload(payload, findings);
        RequiredKeysPresent.Check(payload, findings);
        PasswordSettingsDoNotConflict.Check(payload, findings);
        AdminRolesMatchEntra.Check(payload, findings);
        KeysKnownToJamfConnect.Check(payload, findings);
        TargetVersionReadsSetting.Check(payload, context, findings);
        AppleSchemaRules.CheckPayload(payload, findings);
    }

    private static bool IsSecret(IReadOnlyList<ValueRule> rules)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i].Kind == ValueRuleKind.Secret)
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(HotPath.Optimized)]
    private static void CheckValue(KeyCheck check, List<Finding> findings)
    {
        switch (check.Rule.Kind)
        {
            case ValueRuleKind.EntraTenantId:
                if (!NoPlaceholderLeft.Check(check, findings) && check.AppliesToEntra)
                {
                    // Classified once; each form has the one rule that reports it.
                    var form = TenantForms.Classify(check.Text);
                    TenantMustBeGuid.Check(check, form, findings);
                    TenantNotDomainName.Check(check, form, findings);
                    TenantNotCommonOrConsumers.Check(check, form, findings);
                    TenantNotOrganizations.Check(check, form, findings);
                }

                break;
            case ValueRuleKind.EntraClientId:
                if (!NoPlaceholderLeft.Check(check, findings) && check.AppliesToEntra)
                {
                    ClientIdMustBeGuid.Check(check, findings);
                }

                break;
            case ValueRuleKind.ScopeList:
                NoPlaceholderLeft.Check(check, findings);
                CheckScopes(new ScopeCheck(check), findings);
                break;
            case ValueRuleKind.AbsoluteUri:
                if (!NoPlaceholderLeft.Check(check, findings))
                {
                    UriMustBeAbsolute.Check(check, findings);
                }

                break;
            case ValueRuleKind.Secret:
                if (!NoPlaceholderLeft.Check(check, findings))
                {
                    SecretNotLiteral.Check(check, findings);
                }

                break;
        }
    }

    private static void CheckScopes(ScopeCheck check, List<Finding> findings)
    {
        ScopeListWellFormed.Check(check, findings);
        OktaIdentityEngineScopesUseSpaces.Check(check, findings);
        CustomScopeWellFormed.Check(check, findings);
        AppIdUriFollowsPatterns.Check(check, findings);
        ScopesNameOneResource.Check(check, findings);
        ScopesIncludeOpenId.Check(check, findings);
        ScopesNotDuplicated.Check(check, findings);
        RopgScopesRequestCustomApi.Check(check, findings);
        InteractiveScopesKeepMfa.Check(check, findings);
    }
}
