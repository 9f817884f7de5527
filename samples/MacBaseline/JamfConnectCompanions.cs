using ProfileAsCode;
using ProfileAsCode.Apple;

namespace Contoso.MacBaseline;

/// <summary>
/// What a Mac running Jamf Connect needs besides Jamf Connect's own settings (the Entra sample,
/// samples/JamfConnect.EntraId): the privacy (PPPC) grant Jamf documents for enabling FileVault from Jamf Connect's
/// login window, Jamf Connect's notifications allowed as Jamf's sample profile sets them, and Jamf Connect's background
/// items approved so users cannot turn them off (macOS 13 and later). Apple payloads, checked against Apple's schema
/// while you type (PAC4001–PAC4007). Built by `dotnet build` into bin/…/profiles/com.contoso.jamfconnect.companions.mobileconfig.
/// README.md maps every value to its source and says what is unverified.
/// </summary>
[ConfigurationProfile("com.contoso.jamfconnect.companions",
    DisplayName = "Jamf Connect — privacy, notifications and login items",
    Description = "Lets Jamf Connect enable FileVault at the login window, show its notifications and run its background items.",
    Organization = "Contoso",
    MinimumMacOS = "13.0")]
public sealed record JamfConnectCompanions
{
    // Jamf, "FileVault Enablement with Jamf Connect": macOS 10.15 and later need this PPPC profile (Jamf's GitHub sample).
    public PrivacyPreferencesPolicyControl Privacy { get; init; } = new()
    {
        Services = new()
        {
            SystemPolicyAllFiles =
            [
                new()
                {
                    Identifier = JamfSoftware.AuthorizationHostBundleId,
                    IdentifierType = PrivacyPreferencesPolicyControl.IdentifierType.BundleID,
                    CodeRequirement = JamfSoftware.AuthorizationHostRequirement,
                    StaticCode = false,
                    Allowed = true,
                    Comment = "Jamf Connect: fdesetup from the login window enables FileVault",
                },
            ],
        },
    };

    // Jamf's "Allow Jamf Connect notifications" sample profile, value for value.
    public Notifications Notifications { get; init; } = new()
    {
        NotificationSettings =
        [
            new()
            {
                BundleIdentifier = JamfSoftware.JamfConnectBundleId,
                NotificationsEnabled = true,
                AlertType = Notifications.AlertType.TemporaryBanner,
                BadgesEnabled = true,
                SoundsEnabled = true,
                ShowInLockScreen = true,
                ShowInNotificationCenter = true,
                CriticalAlertEnabled = false,
            },
        ],
    };

    // Apple's managed login items (macOS 13.0+): Jamf Connect's background items, matched by bundle identifier prefix and
    // constrained to Jamf's team so an item claiming the prefix but signed by someone else is not approved.
    public ManagedLoginItems LoginItems { get; init; } = new()
    {
        Rules =
        [
            new()
            {
                RuleType = ManagedLoginItems.RuleType.BundleIdentifierPrefix,
                RuleValue = JamfSoftware.JamfConnectBundleId,
                TeamIdentifier = JamfSoftware.TeamId,
                Comment = "Jamf Connect",
            },
        ],
    };
}
