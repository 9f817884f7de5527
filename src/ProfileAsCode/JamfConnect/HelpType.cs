namespace ProfileAsCode.JamfConnect;

/// <summary>What the menu bar's Get Help item opens (<c>UserHelp</c> → <c>HelpType</c>). (community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
public enum HelpType
{
    /// <summary><c>Bomgar</c>: a Bomgar remote-support session.</summary>
    [PayloadValue("Bomgar")]
    Bomgar,

    /// <summary><c>URL</c>: a web page.</summary>
    [PayloadValue("URL")]
    Url,

    /// <summary><c>App</c>: an application.</summary>
    [PayloadValue("App")]
    App,
}
