using static AppleSchemaGenerator.Exceptions.Verdict;

namespace AppleSchemaGenerator.Exceptions;

/// <summary>Why a prose candidate was read and not encoded as a presence constraint.</summary>
internal enum Verdict
{
    /// <summary>Encoded in <see cref="PresenceConstraints"/>.</summary>
    Encoded,

    /// <summary>About allowed values or combinations of values, not about which keys are present.</summary>
    Values,

    /// <summary>Says what the system does or ignores; the profile is accepted either way.</summary>
    Behaviour,

    /// <summary>Says when the key is ignored or unused; a Mac accepts the profile, a later warning rule may use it.</summary>
    Ignored,

    /// <summary>Depends on something the payload does not state (enrollment type, install mode, device role, how a provider is packaged).</summary>
    Context,

    /// <summary>About changing the value between versions of an installed profile, which one profile cannot show.</summary>
    Update,

    /// <summary>The condition is a value inside another structure or in the parent's key name, which a per-dictionary rule cannot see.</summary>
    Elsewhere,

    /// <summary>Already expressed by the schema (its presence, allowed values, type or OS versions).</summary>
    Schema,

    /// <summary>Envelope keys, owned by the profile writer.</summary>
    Envelope,
}

/// <summary>
/// Every prose candidate <see cref="ProseScanner"/> finds, with what was decided: encoded (then a constraint of
/// <see cref="PresenceConstraints"/> carries it) or not, and why (EXCEPTIONS.md lists them all). Keyed by schema
/// file and the candidate's path (schema keys joined by <c>/</c>). The notes are ours, not Apple's.
/// </summary>
internal static class ReviewedProse
{
    public static readonly IReadOnlyList<(string File, string Path, Verdict Verdict, string Note)> Entries =
    [
        ("CommonPayloadKeys.yaml", "PayloadIdentifier", Envelope, "Says how a profile update matches payloads."),
        ("CommonPayloadKeys.yaml", "PayloadUUID", Envelope, "Says how a profile update matches payloads."),
        ("TopLevel.yaml", "PayloadIdentifier", Envelope, "Says how a profile replaces an installed one."),
        ("com.apple.AssetCache.managed.yaml", "AllowPersonalCaching", Values, "At least one of two booleans must be true: a value rule, and both have defaults."),
        ("com.apple.AssetCache.managed.yaml", "AllowSharedCaching", Values, "At least one of two booleans must be true: a value rule, and both have defaults."),
        ("com.apple.AssetCache.managed.yaml", "Parents", Behaviour, "Where the cache downloads from."),
        ("com.apple.DirectoryService.managed.yaml", "ADNamespace", Schema, "Names its two allowed values, which the schema lists."),
        ("com.apple.MCX.FileVault2.yaml", "Enable", Values, "Turning FileVault on over MDM needs credentials or deferral: depends on values and on how the profile is delivered."),
        ("com.apple.MCX.FileVault2.yaml", "ForceEnableInSetupAssistant", Context, "Needs an admin user with a secure token on the Mac, not a key."),
        ("com.apple.ShareKitHelper.yaml", "SHKDeniedShareServices", Ignored, "Unused when SHKAllowedShareServices is present."),
        ("com.apple.TCC.configuration-profile-policy.yaml", "Services/AddressBook/IdentityDict/StaticCode", Behaviour, "When static validation applies."),
        ("com.apple.TCC.configuration-profile-policy.yaml", "Services/AddressBook/IdentityDict/Allowed", Encoded, "Exactly one of Allowed and Authorization."),
        ("com.apple.TCC.configuration-profile-policy.yaml", "Services/AddressBook/IdentityDict/Authorization", Encoded, "Exactly one of Allowed and Authorization."),
        ("com.apple.TCC.configuration-profile-policy.yaml", "Services/AddressBook/IdentityDict/AEReceiverIdentifier", Elsewhere, "Needed in AppleEvents entries only: the condition is the service key above the entry."),
        ("com.apple.TCC.configuration-profile-policy.yaml", "Services/AddressBook/IdentityDict/AEReceiverIdentifierType", Elsewhere, "Needed in AppleEvents entries only: the condition is the service key above the entry."),
        ("com.apple.TCC.configuration-profile-policy.yaml", "Services/AddressBook/IdentityDict/AEReceiverCodeRequirement", Elsewhere, "Needed in AppleEvents entries only: the condition is the service key above the entry."),
        ("com.apple.associated-domains.yaml", "Configuration/ConfigurationItem/EnableDirectDownloads", Ignored, "Ignored unless the app's entitlement value is set for managed mode, which the profile does not show."),
        ("com.apple.caldav.account.yaml", "CalDAVUsername", Context, "Needed for a non-interactive install only; the profile does not say how it is installed."),
        ("com.apple.configurationprofile.identification.yaml", "PayloadIdentification/AuthMethod", Encoded, "Password required when AuthMethod is Password."),
        ("com.apple.configurationprofile.identification.yaml", "PayloadIdentification/Password", Encoded, "Password required when AuthMethod is Password."),
        ("com.apple.desktop.yaml", "locked", Schema, "Replaced by a restriction in macOS 10.13; the schema does not mark it deprecated, noted for a later availability rule."),
        ("com.apple.dnsSettings.managed.yaml", "DNSSettings/ServerURL", Encoded, "ServerURL required when DNSProtocol is HTTPS."),
        ("com.apple.dnsSettings.managed.yaml", "DNSSettings/ServerName", Values, "Allowed only with TLS; whether TLS needs it is not stated here (unlike the VPN payload's DNS dictionary)."),
        ("com.apple.dnsSettings.managed.yaml", "OnDemandRules/OnDemandRulesElement/InterfaceTypeMatch", Behaviour, "When the rule matches."),
        ("com.apple.education.yaml", "LeaderPayloadCertificateAnchorUUID", Context, "Needed on a student device only; the payload does not say which role the device has."),
        ("com.apple.education.yaml", "MemberPayloadCertificateAnchorUUID", Context, "Needed on a student device only; the payload does not say which role the device has."),
        ("com.apple.ews.account.yaml", "Host", Ignored, "Ignored with OAuth."),
        ("com.apple.ews.account.yaml", "UserName", Context, "Needed for a non-interactive install only; otherwise the user is asked."),
        ("com.apple.extensiblesso(kerberos).yaml", "ExtensionData/customUsernameLabel", Behaviour, "What the label replaces."),
        ("com.apple.extensiblesso(kerberos).yaml", "ExtensionData/delayUserSetup", Behaviour, "When the user is prompted."),
        ("com.apple.extensiblesso(kerberos).yaml", "ExtensionData/usePlatformSSOTGT", Behaviour, "Where the ticket comes from."),
        ("com.apple.extensiblesso(kerberos).yaml", "Hosts", Context, "Host names must be unique across every installed SSO payload, which one profile cannot show."),
        ("com.apple.extensiblesso.yaml", "TeamIdentifier", Encoded, "Required on macOS."),
        ("com.apple.extensiblesso.yaml", "Realm", Ignored, "Ignored for Redirect payloads."),
        ("com.apple.extensiblesso.yaml", "URLs", Encoded, "URLs required when Type is Redirect."),
        ("com.apple.extensiblesso.yaml", "Hosts", Encoded, "Hosts required when Type is Credential."),
        ("com.apple.extensiblesso.yaml", "AuthenticationMethod", Context, "The SSO extension must support the method, which the profile does not show."),
        ("com.apple.extensiblesso.yaml", "RegistrationToken", Encoded, "PlatformSSO.AuthenticationMethod required when RegistrationToken is present."),
        ("com.apple.extensiblesso.yaml", "PlatformSSO/AuthenticationMethod", Context, "The SSO extension must support the method, which the profile does not show."),
        ("com.apple.extensiblesso.yaml", "PlatformSSO/LoginFrequency", Schema, "The minimum is the schema's range."),
        ("com.apple.extensiblesso.yaml", "PlatformSSO/EnableCreateUserAtLogin", Values, "Needs UseSharedDeviceKeys true: a value rule."),
        ("com.apple.extensiblesso.yaml", "PlatformSSO/EnableAuthorization", Values, "Needs UseSharedDeviceKeys true: a value rule."),
        ("com.apple.extensiblesso.yaml", "PlatformSSO/FileVaultPolicy/policy", Behaviour, "What each policy value does."),
        ("com.apple.extensiblesso.yaml", "PlatformSSO/LoginPolicy/policy", Behaviour, "What each policy value does."),
        ("com.apple.extensiblesso.yaml", "PlatformSSO/UnlockPolicy/policy", Behaviour, "What each policy value does."),
        ("com.apple.extensiblesso.yaml", "PlatformSSO/OfflineGracePeriod", Elsewhere, "Needed when a policy array holds AllowOfflineGracePeriod: the condition is a value inside another key's array."),
        ("com.apple.extensiblesso.yaml", "PlatformSSO/AuthenticationGracePeriod", Elsewhere, "Needed when a policy array holds AllowAuthenticationGracePeriod: the condition is a value inside another key's array."),
        ("com.apple.familycontrols.contentfilter.yaml", "siteWhitelist", Encoded, "siteWhitelist required when whitelistEnabled is true."),
        ("com.apple.font.yaml", "Name", Behaviour, "The name is replaced after installation; one font file per payload is the schema's single data key."),
        ("com.apple.mdm.yaml", "Topic", Update, "Must not change in an update."),
        ("com.apple.mdm.yaml", "ServerURL", Update, "Must not change in an update."),
        ("com.apple.mdm.yaml", "CheckInURL", Update, "Must not change in an update."),
        ("com.apple.mdm.yaml", "AccessRights", Values, "Bit combinations and an ignored case: value rules."),
        ("com.apple.mdm.yaml", "ManagedAppleID", Context, "Was needed for profile-driven user enrollment, an enrollment type the payload does not state; removed in macOS 15 per the schema."),
        ("com.apple.mdm.yaml", "AssignedManagedAppleID", Update, "Must not change in an update."),
        ("com.apple.mdm.yaml", "EnrollmentMode", Context, "Needed for account-driven enrollment, which the payload does not state."),
        ("com.apple.mdm.yaml", "ServerCapabilities", Update, "One capability must not be added or removed in an update."),
        ("com.apple.mobiledevice.passwordpolicy.yaml", "maxInactivity", Behaviour, "How the limit applies on macOS; the macOS maximum is a value rule for later."),
        ("com.apple.mobiledevice.passwordpolicy.yaml", "requireAlphanumeric", Behaviour, "What the setting requires of passwords."),
        ("com.apple.mobiledevice.passwordpolicy.yaml", "customRegex", Behaviour, "Advice on when to use it."),
        ("com.apple.mobiledevice.passwordpolicy.yaml", "customRegex/passwordContentRegex", Values, "A length limit on the value."),
        ("com.apple.proxy.http.global.yaml", "ProxyServer", Encoded, "ProxyServer required when ProxyType is Manual."),
        ("com.apple.proxy.http.global.yaml", "ProxyServerPort", Encoded, "ProxyServerPort required when ProxyType is Manual."),
        ("com.apple.proxy.http.global.yaml", "ProxyUsername", Ignored, "Ignored with an automatic proxy."),
        ("com.apple.proxy.http.global.yaml", "ProxyPassword", Ignored, "Ignored with an automatic proxy."),
        ("com.apple.proxy.http.global.yaml", "ProxyPACURL", Ignored, "Ignored with a manual proxy; the URL scheme is a value rule."),
        ("com.apple.relay.managed.yaml", "Relays/Relay/HTTP3RelayURL", Encoded, "At least one of HTTP2RelayURL and HTTP3RelayURL."),
        ("com.apple.relay.managed.yaml", "Relays/Relay/HTTP2RelayURL", Encoded, "At least one of HTTP2RelayURL and HTTP3RelayURL."),
        ("com.apple.relay.managed.yaml", "RelayUUID", Context, "Needed for user enrollment, which the payload does not state."),
        ("com.apple.screensaver.yaml", "askForPassword", Encoded, "askForPasswordDelay required when askForPassword is true."),
        ("com.apple.security.FDERecoveryKeyEscrow.yaml", "DeviceKey", Behaviour, "Replaces a key of an older mechanism that this schema does not have; falls back to the serial number."),
        ("com.apple.security.FDERecoveryRedirect.yaml", "RedirectURL", Values, "Where keys are sent; the https scheme is a value rule."),
        ("com.apple.security.scep.yaml", "PayloadContent/Name", Behaviour, "What the server uses the name for."),
        ("com.apple.security.scep.yaml", "PayloadContent/Key Usage", Values, "Some CAs accept only one usage: a value rule that depends on the CA."),
        ("com.apple.security.smartcard.yaml", "allowSmartCard", Behaviour, "A restart applies a change."),
        ("com.apple.vpn.managed.applayer.yaml", "AssociatedDomains", Context, "The domains must also be in the app's association file, outside the profile."),
        ("com.apple.vpn.managed.yaml", "VPNType", Encoded, "VPNSubType required when VPNType is VPN or TransparentProxy."),
        ("com.apple.vpn.managed.yaml", "VPNSubType", Encoded, "VPNSubType required when VPNType is VPN or TransparentProxy."),
        ("com.apple.vpn.managed.yaml", "VendorConfig", Ignored, "Read only when VPNSubType has a value."),
        ("com.apple.vpn.managed.yaml", "VPN/ProviderDesignatedRequirement", Context, "Needed when the provider is a system extension, which the profile does not show."),
        ("com.apple.vpn.managed.yaml", "VPN/OnDemandMatchDomainsAlways", Schema, "Deprecated on iOS only; the schema states macOS availability."),
        ("com.apple.vpn.managed.yaml", "VPN/OnDemandMatchDomainsNever", Schema, "Deprecated on iOS only; the schema states macOS availability."),
        ("com.apple.vpn.managed.yaml", "VPN/OnDemandMatchDomainsOnRetry", Schema, "Deprecated on iOS only; the schema states macOS availability."),
        ("com.apple.vpn.managed.yaml", "VPN/OnDemandRules/OnDemandRulesElement/ActionParameters", Ignored, "Used only with the EvaluateConnection action."),
        ("com.apple.vpn.managed.yaml", "VPN/OnDemandRules/OnDemandRulesElement/ActionParameters/ActionParameter", Ignored, "Used only with the EvaluateConnection action."),
        ("com.apple.vpn.managed.yaml", "VPN/OnDemandRules/OnDemandRulesElement/ActionParameters/ActionParameter/RequiredDNSServers", Ignored, "Valid only with DomainAction ConnectIfNeeded."),
        ("com.apple.vpn.managed.yaml", "VPN/OnDemandRules/OnDemandRulesElement/ActionParameters/ActionParameter/RequiredURLStringProbe", Ignored, "Valid only with DomainAction ConnectIfNeeded."),
        ("com.apple.vpn.managed.yaml", "VPN/OnDemandRules/OnDemandRulesElement/DNSDomainMatch", Behaviour, "How wildcards match."),
        ("com.apple.vpn.managed.yaml", "VPN/OnDemandRules/OnDemandRulesElement/InterfaceTypeMatch", Behaviour, "When the rule matches."),
        ("com.apple.vpn.managed.yaml", "IPSec/XAuthPasswordEncryption", Schema, "Its one allowed value, which the schema lists."),
        ("com.apple.vpn.managed.yaml", "IPSec/LocalIdentifier", Values, "Allowed only with a shared secret: a rule against presence, not for it."),
        ("com.apple.vpn.managed.yaml", "IPSec/LocalIdentifierType", Values, "Allowed only with a shared secret: a rule against presence, not for it."),
        ("com.apple.vpn.managed.yaml", "IPSec/OnDemandMatchDomainsNever", Schema, "Deprecated on iOS only; the schema states macOS availability."),
        ("com.apple.vpn.managed.yaml", "IPSec/OnDemandMatchDomainsOnRetry", Schema, "Deprecated on iOS only; the schema states macOS availability."),
        ("com.apple.vpn.managed.yaml", "IKEv2/CertificateType", Values, "Says the issuer name is then needed, while the issuer name's own text adds a second condition; not encoded until Apple's two statements agree."),
        ("com.apple.vpn.managed.yaml", "IKEv2/ProviderBundleIdentifier", Context, "Needed when the provider is a system extension, which the profile does not show."),
        ("com.apple.vpn.managed.yaml", "IKEv2/ProviderDesignatedRequirement", Context, "Needed when the provider is a system extension, which the profile does not show."),
        ("com.apple.vpn.managed.yaml", "IKEv2/ServerCertificateIssuerCommonName", Values, "Needed for one combination of two other keys' values; see CertificateType."),
        ("com.apple.vpn.managed.yaml", "IKEv2/ExcludeLocalNetworks", Behaviour, "How routing works with other keys."),
        ("com.apple.vpn.managed.yaml", "IKEv2/PPK", Encoded, "PPK and PPKIdentifier together."),
        ("com.apple.vpn.managed.yaml", "IKEv2/PPKIdentifier", Encoded, "PPK and PPKIdentifier together."),
        ("com.apple.vpn.managed.yaml", "DNS/ServerURL", Encoded, "ServerURL required when DNSProtocol is HTTPS."),
        ("com.apple.vpn.managed.yaml", "DNS/ServerName", Encoded, "ServerName required when DNSProtocol is TLS."),
        ("com.apple.vpn.managed.yaml", "Proxies/ProxyAutoConfigURLString", Ignored, "Used only when ProxyAutoConfigEnable is on."),
        ("com.apple.vpn.managed.yaml", "Proxies/HTTPPort", Encoded, "HTTPPort required when HTTPProxy is present."),
        ("com.apple.vpn.managed.yaml", "Proxies/HTTPSPort", Encoded, "HTTPSPort required when HTTPSProxy is present."),
        ("com.apple.vpn.managed.yaml", "TransparentProxy/ProviderBundleIdentifier", Context, "Needed when the provider is a system extension, which the profile does not show."),
        ("com.apple.vpn.managed.yaml", "TransparentProxy/ProviderDesignatedRequirement", Context, "Needed when the provider is a system extension, which the profile does not show."),
        ("com.apple.webcontent-filter.yaml", "UserDefinedName", Encoded, "UserDefinedName required when FilterType is Plugin."),
        ("com.apple.webcontent-filter.yaml", "PluginBundleID", Encoded, "PluginBundleID required when FilterType is Plugin."),
        ("com.apple.webcontent-filter.yaml", "FilterSockets", Values, "At least one of two booleans must be true: a value rule. (Its provider keys are encoded under FilterData….)"),
        ("com.apple.webcontent-filter.yaml", "FilterDataProviderDesignatedRequirement", Encoded, "Required when FilterSockets is true."),
        ("com.apple.webcontent-filter.yaml", "FilterDataProviderBundleIdentifier", Encoded, "Required when FilterSockets is true."),
        ("com.apple.webcontent-filter.yaml", "FilterPackets", Values, "At least one of two booleans must be true: a value rule. (Its provider keys are encoded under FilterPacket….)"),
        ("com.apple.webcontent-filter.yaml", "FilterPacketProviderDesignatedRequirement", Encoded, "Required when FilterPackets is true."),
        ("com.apple.webcontent-filter.yaml", "FilterPacketProviderBundleIdentifier", Encoded, "Required when FilterPackets is true."),
        ("com.apple.wifi.managed.yaml", "EAPClientConfiguration/OuterIdentity", Encoded, "OuterIdentity required when TLSMinimumVersion is 1.3."),
        ("com.apple.xsan.preferences.yaml", "preferDLC", Values, "A volume must not be in both preferDLC and denyDLC: a value rule."),
        ("com.apple.xsan.yaml", "sanName", Encoded, "Not checked as required (depends on the kind of SAN)."),
        ("com.apple.xsan.yaml", "sanConfigURLs", Encoded, "Not checked as required (depends on the kind of SAN)."),
        ("com.apple.xsan.yaml", "fsnameservers", Encoded, "Not checked as required (depends on the kind of SAN)."),
        ("com.apple.xsan.yaml", "sanAuthMethod", Context, "Recommended for StorNext SANs using a secret file; not a presence rule the payload can check."),
        ("com.apple.xsan.yaml", "sharedSecret", Encoded, "sharedSecret required when sanAuthMethod is present."),
    ];

    public static string StateOf(ProseCandidate candidate) =>
        Find(candidate) is { } entry ? entry.Verdict.ToString() : "UNREVIEWED";

    public static (string File, string Path, Verdict Verdict, string Note)? Find(ProseCandidate candidate) =>
        Entries.Where(e => e.File == candidate.File && e.Path == candidate.Path).Select(e => ((string, string, Verdict, string)?)e).FirstOrDefault();

    /// <summary>Candidates with no entry, and entries with no candidate (stale after a schema update).</summary>
    public static IEnumerable<string> Problems(IReadOnlyList<ProseCandidate> candidates)
    {
        foreach (var candidate in candidates.Where(c => Find(c) is null))
        {
            yield return $"not reviewed: {candidate.File} {candidate.Path} ('{candidate.Trigger}')";
        }

        foreach (var entry in Entries.Where(e => !candidates.Any(c => c.File == e.File && c.Path == e.Path)))
        {
            yield return $"reviewed but no longer a candidate: {entry.File} {entry.Path}";
        }
    }
}
