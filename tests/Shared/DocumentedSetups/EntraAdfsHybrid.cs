using ProfileAsCode;
using ProfileAsCode.JamfConnect;

namespace DocumentedSetups;

// Jamf, "Configuring Jamf Connect with AD FS": sign-in with Entra ID, password checks by AD FS (ROPGProvider
// Custom); OIDCROPGID is the AD FS application's client ID.
[ConfigurationProfile("com.contoso.setups.entra-adfs")]
public sealed record EntraAdfsHybrid
{
    public JamfConnectLogin Login { get; init; } = new()
    {
        OidcProvider = IdentityProvider.EntraId,
        OidcClientId = "3d4e5f60-7182-493a-9c2d-e3f405162738",
        OidcTenant = "1b1c1d1e-2f20-4b3c-9d4e-5f6071829304",
        OidcNewPassword = false,
        RopgProvider = RopgProvider.Custom,
        OidcRopgId = "86f07d1c-0ae4-437d-9fde-fcf165a5a965",
        RopgRedirectUri = "https://127.0.0.1/jamfconnect",
        RopgDiscoveryUrl = "https://adfs.contoso.com/adfs/.well-known/openid-configuration",
    };
}
