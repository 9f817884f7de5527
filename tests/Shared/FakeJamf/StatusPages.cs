using System.Net;

namespace ProfileAsCode.Testing.FakeJamf;

/// <summary>The Classic API's HTML error page, in the shape of a verbatim 409 quoted in grokability/jamf2snipe issue #148.</summary>
internal static class StatusPages
{
    public static string Page(string title, string detail) =>
        "<html>\n<head>\n   <title>Status page</title>\n</head>\n<body style=\"font-family: sans-serif;\">\n"
        + $"<p style=\"font-size: 1.2em;font-weight: bold;margin: 1em 0px;\">{WebUtility.HtmlEncode(title)}</p>\n"
        + $"<p>{WebUtility.HtmlEncode(detail)}</p>\n"
        + "<p>You can get technical details <a href=\"http://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html\">here</a>.<br>\nPlease continue your visit at our <a href=\"/\">home page</a>.\n</p>\n</body>\n</html>\n";

    public static string Unauthorized => Page("Unauthorized", "The request requires user authentication");

    public static string NotFound => Page("Not Found", "The server has not found anything matching the request URI");

    public static string Conflict(string error) => Page("Conflict", "Error: " + error);

    public static string ServerError => Page("Internal Server Error", "The server encountered an unexpected condition which prevented it from fulfilling the request");
}
