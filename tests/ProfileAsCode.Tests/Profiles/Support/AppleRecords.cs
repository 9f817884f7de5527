using ProfileAsCode.Apple;

namespace ProfileAsCode.Tests.Profiles.Support;

/// <summary>
/// A Mac baseline written with the generated Apple records: the companions of an app (privacy access, notifications,
/// login item, firewall), system extensions, an enterprise Wi-Fi network that trusts a root certificate shipped in the
/// same profile, and a second root certificate. Keys and allowed values as Apple's pages for each payload document them:
/// https://developer.apple.com/documentation/devicemanagement/privacypreferencespolicycontrol,
/// …/notifications, …/servicemanagementmanagedloginitems, …/systemextensions, …/certificateroot, …/wifi, …/firewall.
/// </summary>
[ConfigurationProfile("com.example.baseline", DisplayName = "Mac baseline", MinimumMacOS = "14.0")]
public sealed record AppleBaselineProfile
{
    /// <summary>Pinned so the Wi-Fi payload can name it in <c>PayloadCertificateAnchorUUID</c>.</summary>
    public const string RootCertificateUuid = "6C1A3C4E-2B7D-4F0A-9E51-3D2C1B0A9F88";

    /// <summary>The first bytes of a DER certificate (SEQUENCE, long form): data, written as &lt;data&gt;; not a whole certificate.</summary>
    public static readonly byte[] RootCertificateBytes = [0x30, 0x82, 0x01, 0x0A, 0x02, 0x82, 0x01, 0x01, 0x00, 0xFF];

    public const string JamfConnectRequirement =
        "identifier \"com.jamf.connect\" and anchor apple generic and certificate 1[field.1.2.840.113635.100.6.2.6] /* exists */ and certificate leaf[field.1.2.840.113635.100.6.1.13] /* exists */ and certificate leaf[subject.OU] = \"483DWKW443\"";

    public PrivacyPreferencesPolicyControl? Privacy { get; init; } = new()
    {
        Services = new()
        {
            SystemPolicyAllFiles =
            [
                new()
                {
                    Identifier = "com.jamf.connect",
                    IdentifierType = PrivacyPreferencesPolicyControl.IdentifierType.BundleID,
                    CodeRequirement = JamfConnectRequirement,
                    StaticCode = false,
                    Authorization = PrivacyPreferencesPolicyControl.Authorization.Allow,
                    Comment = "Full Disk Access",
                },
            ],
        },
    };

    public Notifications? Alerts { get; init; } = new()
    {
        NotificationSettings =
        [
            new()
            {
                BundleIdentifier = "com.jamf.connect",
                NotificationsEnabled = true,
                ShowInNotificationCenter = true,
                ShowInLockScreen = false,
                AlertType = Notifications.AlertType.PersistentBanner,
                BadgesEnabled = true,
                SoundsEnabled = false,
            },
        ],
    };

    public ManagedLoginItems? LoginItems { get; init; } = new()
    {
        Rules =
        [
            new() { RuleType = ManagedLoginItems.RuleType.BundleIdentifier, RuleValue = "com.jamf.connect", Comment = "Jamf Connect" },
            new() { RuleType = ManagedLoginItems.RuleType.TeamIdentifier, RuleValue = "483DWKW443" },
        ],
    };

    public SystemExtensions? Extensions { get; init; } = new()
    {
        AllowUserOverrides = false,
        AllowedTeamIdentifiers = ["ABCDE12345"],
        AllowedSystemExtensions = new Dictionary<string, IReadOnlyList<string>> { ["ABCDE12345"] = ["com.example.agent.extension"] },
        AllowedSystemExtensionTypes = new Dictionary<string, IReadOnlyList<string>> { ["ABCDE12345"] = ["EndpointSecurityExtension", "NetworkExtension"] },
    };

    [PayloadIdentity(Uuid = RootCertificateUuid)]
    public CertificateRoot? RootCa { get; init; } = new()
    {
        PayloadCertificateFileName = "ContosoRootCA.cer",
        PayloadContent = RootCertificateBytes,
    };

    public WiFi? Network { get; init; } = new()
    {
        SSIDSTR = "Contoso",
        AutoJoin = true,
        HIDDENNETWORK = false,
        EncryptionType = WiFi.EncryptionTypeValue.WPA2,
        ProxyType = WiFi.ProxyTypeValue.None,
        EAPClientConfiguration = new()
        {
            AcceptEAPTypes = [WiFi.EAPType.Peap, WiFi.EAPType.Ttls],
            TTLSInnerAuthentication = WiFi.TTLSInnerAuthentication.MSCHAPv2,
            PayloadCertificateAnchorUUID = [RootCertificateUuid],
            TLSTrustedServerNames = ["radius.contoso.com"],
        },
    };

    public Firewall? Firewall { get; init; } = new()
    {
        EnableFirewall = true,
        BlockAllIncoming = false,
        EnableStealthMode = true,
        EnableLogging = true,
        LoggingOption = Firewall.LoggingOptionValue.Brief,
        Applications = [new() { BundleID = "com.jamf.connect", Allowed = true }],
    };

    /// <summary>A second payload of the type of <see cref="RootCa"/>: its identifier gets the property name.</summary>
    public CertificateRoot? IssuingCa { get; init; } = new() { PayloadCertificateFileName = "ContosoIssuingCA.cer", PayloadContent = [0x30, 0x03, 0x02, 0x01, 0x01] };
}

/// <summary>An Apple payload and a preference domain together, for the payload form (and user scope in the facts).</summary>
[ConfigurationProfile("com.example.mixed", PayloadForm = PreferencePayloadForm.ManagedPreferences, Scope = ProfileScope.User)]
public sealed record MixedFormsProfile
{
    public ExampleSettings App { get; init; } = new() { Name = "n" };

    public Firewall? Firewall { get; init; } = new() { EnableFirewall = true };
}

/// <summary>Three payloads of one type: the first declared one (left null here) keeps the plain identifier.</summary>
[ConfigurationProfile("com.example.repeated")]
public sealed record RepeatedTypeProfile
{
    public CertificateRoot? First { get; init; }

    public CertificateRoot? Second { get; init; } = new() { PayloadCertificateFileName = "second.cer" };

    [PayloadIdentity(Identifier = "com.example.repeated.pinned")]
    public CertificateRoot? Third { get; init; } = new() { PayloadCertificateFileName = "third.cer" };

    public CertificateRoot? Fourth { get; init; } = new() { PayloadCertificateFileName = "fourth.cer" };
}

/// <summary>An integer enum set to a number that is not one of its members (a value newer than the record).</summary>
[ConfigurationProfile("com.example.newervalue")]
public sealed record NewerIntegerValueProfile
{
    public Notifications? Alerts { get; init; } = new()
    {
        NotificationSettings = [new() { BundleIdentifier = "com.example.app", AlertType = (Notifications.AlertType)3 }],
    };
}
