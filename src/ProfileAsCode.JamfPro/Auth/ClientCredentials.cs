namespace ProfileAsCode.JamfPro.Auth;

/// <summary>
/// A Jamf Pro API client's ID and secret (Jamf Pro 10.49+, Settings › System › API roles and clients; see
/// https://developer.jamf.com/jamf-pro/docs/client-credentials). They come from the environment only, never from
/// arguments, and neither is ever written into a message: <see cref="ToString"/> names where they came from.
/// </summary>
internal sealed class ClientCredentials
{
    public const string ClientIdVariable = "JAMF_CLIENT_ID";
    public const string ClientSecretVariable = "JAMF_CLIENT_SECRET";

    public ClientCredentials(string clientId, string clientSecret)
    {
        if (string.IsNullOrWhiteSpace(clientId) || string.IsNullOrWhiteSpace(clientSecret))
        {
            throw new JamfProException(JamfProProblem.BadInput, $"the API client ID and secret must not be empty (set {ClientIdVariable} and {ClientSecretVariable}).");
        }

        ClientId = clientId;
        ClientSecret = clientSecret;
    }

    public string ClientId { get; }

    public string ClientSecret { get; }

    /// <summary>Reads <c>JAMF_CLIENT_ID</c> and <c>JAMF_CLIENT_SECRET</c>; a missing one is named, its value never shown.</summary>
    public static ClientCredentials FromEnvironment(Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var missing = new[] { ClientIdVariable, ClientSecretVariable }.Where(name => string.IsNullOrWhiteSpace(read(name))).ToList();
        if (missing.Count > 0)
        {
            throw new JamfProException(
                JamfProProblem.BadInput,
                $"{string.Join(" and ", missing)} {(missing.Count == 1 ? "is" : "are")} not set: create an API client in Jamf Pro (Settings › System › API roles and clients) and put its client ID and secret in {ClientIdVariable} and {ClientSecretVariable}.");
        }

        return new ClientCredentials(read(ClientIdVariable)!.Trim(), read(ClientSecretVariable)!.Trim());
    }

    public override string ToString() => $"the API client from {ClientIdVariable}";
}
