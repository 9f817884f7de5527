using ProfileAsCode.Rules.Parsing;

namespace ProfileAsCode.JamfConnect;

/// <summary>
/// The identity provider Jamf Connect signs in against: login window <c>OIDCProvider</c> and menu bar
/// <c>IdPSettings</c> → <c>Provider</c>. Each member writes Jamf's exact string. (Jamf, "Login Window Authentication Settings"; Jamf, "Self Service+ Authentication Settings"; community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)
/// </summary>
public enum IdentityProvider
{
    /// <summary><c>EntraID</c>: Microsoft Entra ID, the current name. (Jamf, "Login Window Authentication Settings")</summary>
    [PayloadValue(IdentityProviders.EntraId)]
    EntraId,

    /// <summary><c>Azure</c>: the older name for Entra ID, still in Jamf's examples and 2.x schema.
    /// UNCERTAIN whether every current version still accepts it. (Jamf, "Login Window Authentication Settings"; community JSON schema, github.com/kdrwygvh/JSON-Schema-for-Jamf-Pro-Applications-and-Settings-MDM-Payload)</summary>
    [PayloadValue(IdentityProviders.Azure)]
    Azure,

    /// <summary><c>Okta</c>: Okta Classic through the Okta Authentication API (needs <c>AuthServer</c>). (Jamf, "Login Window Authentication Settings")</summary>
    [PayloadValue(IdentityProviders.Okta)]
    Okta,

    /// <summary><c>OktaIdentityEngine</c>: scopes are separated by spaces, not <c>+</c>. (Jamf, "Login Window Authentication Settings"; Jamf, "OpenID Connect User Role Settings")</summary>
    [PayloadValue(IdentityProviders.OktaIdentityEngine)]
    OktaIdentityEngine,

    /// <summary><c>Okta-OIDC</c>, as "Login Window Authentication Settings" lists it. "Self Service+ Authentication
    /// Settings" lists <c>Okta OIDC</c> (with a space) for <c>IdPSettings</c> → <c>Provider</c>; which spelling Self
    /// Service+ reads is UNVERIFIED, and this member writes <c>Okta-OIDC</c> in both domains.</summary>
    [PayloadValue(IdentityProviders.OktaOidc)]
    OktaOidc,

    /// <summary><c>GoogleID</c>: Google Identity. Jamf Connect 2.0 had no menu bar support for it; today's
    /// "Self Service+ Authentication Settings" lists it. (Jamf, "Login Window Authentication Settings")</summary>
    [PayloadValue(IdentityProviders.GoogleId)]
    GoogleId,

    /// <summary><c>OneLogin</c>. (Jamf, "Login Window Authentication Settings")</summary>
    [PayloadValue(IdentityProviders.OneLogin)]
    OneLogin,

    /// <summary><c>PingFederate</c>: needs a discovery URL. (Jamf, "Login Window Authentication Settings")</summary>
    [PayloadValue(IdentityProviders.PingFederate)]
    PingFederate,

    /// <summary><c>IBMCI</c>: IBM Cloud Identity. (Jamf, "Login Window Authentication Settings")</summary>
    [PayloadValue(IdentityProviders.IbmCi)]
    IbmCi,

    /// <summary><c>Custom</c>: any other OpenID Connect provider; needs a discovery URL. (Jamf, "Login Window Authentication Settings")</summary>
    [PayloadValue(IdentityProviders.Custom)]
    Custom,
}
