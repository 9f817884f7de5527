namespace ProfileAsCode.JamfPro.Http;

/// <summary>
/// The Jamf Pro server's base URL (<c>https://contoso.jamfcloud.com</c>, or an on-premises URL with a port and a
/// context path such as <c>https://jamf.contoso.com:8443/jamf</c>). HTTPS is required: the bearer token and the
/// client secret travel in these requests. Plain HTTP is accepted only for a loopback address, where the tests run
/// their in-process server.
/// </summary>
internal sealed class JamfServerUrl
{
    private JamfServerUrl(Uri baseUri) => BaseUri = baseUri;

    /// <summary>The base, always ending with '/', so relative paths resolve under an on-premises context path.</summary>
    public Uri BaseUri { get; }

    public static JamfServerUrl Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Bad(text, "is empty; give the Jamf Pro server's URL, e.g. https://contoso.jamfcloud.com");
        }

        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw Bad(text, "is not an absolute http(s) URL, e.g. https://contoso.jamfcloud.com");
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            throw Bad(text, "uses http://; Jamf Pro must be reached over https:// (the token and client secret travel in these requests)");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            throw Bad(text, "holds a user name or password; credentials come from JAMF_CLIENT_ID and JAMF_CLIENT_SECRET only");
        }

        if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw Bad(text, "has a query or fragment; give the server's base URL only");
        }

        var path = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
        return new JamfServerUrl(new UriBuilder(uri) { Path = path }.Uri);
    }

    /// <summary>Resolves a path relative to the base, e.g. <c>JSSResource/osxconfigurationprofiles</c>.</summary>
    public Uri Resolve(string relativePath) => new(BaseUri, relativePath.TrimStart('/'));

    public override string ToString() => BaseUri.GetLeftPart(UriPartial.Path).TrimEnd('/');

    private static JamfProException Bad(string? text, string problem) =>
        new(JamfProProblem.BadInput, $"the Jamf Pro URL {SafeText.Quoted(text, 100)} {problem}.");
}
