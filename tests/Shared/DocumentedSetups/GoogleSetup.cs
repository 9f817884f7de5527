using System;
using ProfileAsCode;
using ProfileAsCode.JamfConnect;

namespace DocumentedSetups;

// Jamf Connect 2.0, "Authentication Settings" (minimum settings: Google needs Client ID and Client Secret; menu
// bar not supported in 2.x). The secret is read when building, never written in source.
[ConfigurationProfile("com.contoso.setups.google")]
public sealed record GoogleSetup
{
    public JamfConnectLogin Login { get; init; } = new()
    {
        OidcProvider = IdentityProvider.GoogleId,
        OidcClientId = "123456789012-abcdefghijklmnopqrstuvwxyz012345.apps.googleusercontent.com",
        OidcClientSecret = Secrets.Read("GOOGLE_CLIENT_SECRET"),
        OidcRedirectUri = "https://127.0.0.1/jamfconnect",
    };
}

/// <summary>A secret from the environment; a stand-in when the variable is not set, so the example builds anywhere.</summary>
public static class Secrets
{
    public static string Read(string variable) => Environment.GetEnvironmentVariable(variable) ?? "set-" + variable + "-in-ci";
}
