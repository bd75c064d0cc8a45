// Package roles embeds the shipped catalogue: one YAML file per role and the
// shared skills catalogue, skills.yaml.
package roles

import (
	"embed"
	"io/fs"
)

//go:generate go run gensnapshot.go

//go:embed *.yaml
var files embed.FS

// FS returns the shipped role files.
func FS() fs.FS { return files }

// IDAliases are the French slugs of the shipped roles' titles, accepted
// wherever a role id is: a French user types the job's name. Each French
// title that is not its id has its slug here (a catalogue test holds it).
func IDAliases() map[string]string {
	return map[string]string{
		"responsable-reseaux-sociaux":                                       "social-media-manager",
		"charge-de-reseaux-sociaux":                                         "social-media-manager",
		"responsable-du-pole-reseaux-sociaux":                               "social-media-manager",
		"responsable-reseaux-sociaux-senior":                                "social-media-manager",
		"responsable-de-l-equipe-reseaux-sociaux":                           "social-media-manager",
		"charge-de-publicite-reseaux-sociaux":                               "social-media-marketer",
		"charge-de-publicite-reseaux-sociaux-senior":                        "social-media-marketer",
		"charge-de-publicite-reseaux-sociaux-junior":                        "social-media-marketer",
		"charge-d-acquisition-social-ads":                                   "social-media-marketer",
		"charge-acquisition-social-ads":                                     "social-media-marketer",
		"social-ads-manager":                                                "social-media-marketer",
		"charge-d-acquisition-social-ads-senior":                            "social-media-marketer",
		"charge-d-acquisition-social-ads-junior":                            "social-media-marketer",
		"stratege-social-media":                                             "social-media-strategist",
		"responsable-strategie-social-media-groupe":                         "corporate-social-strategist",
		"responsable-du-digital":                                            "digital-manager",
		"directeur-du-digital":                                              "digital-manager",
		"community-manager-interne":                                         "internal-community-manager",
		"community-manager-interne-senior":                                  "internal-community-manager",
		"charge-de-veille-et-de-curation-de-contenu":                        "content-curator",
		"charge-de-veille":                                                  "content-curator",
		"assistant-recrutement-et-marque-employeur":                         "social-recruiting-assistant",
		"assistant-recrutement":                                             "social-recruiting-assistant",
		"chef-de-projet-web":                                                "webmaster",
		"community-manager-senior":                                          "community-manager",
		"charge-de-veille-strategique":                                      "content-curator",
		"charge-de-veille-strategique-senior":                               "content-curator",
		"responsable-de-la-veille-strategique":                              "content-curator",
		"responsable-social-media-groupe":                                   "corporate-social-strategist",
		"directeur-des-reseaux-sociaux-groupe":                              "corporate-social-strategist",
		"directeur-des-reseaux-sociaux-du-groupe":                           "corporate-social-strategist",
		"directeur-social-media-du-groupe":                                  "corporate-social-strategist",
		"directeur-social-media-groupe":                                     "corporate-social-strategist",
		"responsable-digital":                                               "digital-manager",
		"responsable-digital-groupe":                                        "digital-manager",
		"directeur-du-digital-groupe":                                       "digital-manager",
		"directeur-digital-du-groupe":                                       "digital-manager",
		"directeur-numerique-du-groupe":                                     "digital-manager",
		"responsable-reseau-social-d-entreprise":                            "internal-community-manager",
		"chef-de-projet-reseau-social-d-entreprise":                         "internal-community-manager",
		"responsable-du-reseau-social-d-entreprise":                         "internal-community-manager",
		"responsable-communication-interne-reseau-social-d-entreprise":      "internal-community-manager",
		"charge-de-communication-interne-reseau-social-d-entreprise":        "internal-community-manager",
		"charge-communication-interne-junior-reseau-social-d-entreprise":    "internal-community-manager",
		"charge-de-communication-interne-junior-reseau-social-d-entreprise": "internal-community-manager",
		"chef-de-projet-communication-interne-reseau-social-d-entreprise":   "internal-community-manager",
		"social-media-strategist-senior":                                    "social-media-strategist",
		"charge-de-strategie-reseaux-sociaux":                               "social-media-strategist",
		"charge-de-strategie-reseaux-sociaux-senior":                        "social-media-strategist",
		"charge-de-strategie-reseaux-sociaux-junior":                        "social-media-strategist",
		"charge-d-etudes-et-de-strategie-reseaux-sociaux-junior":            "social-media-strategist",
		"charge-de-recrutement-et-marque-employeur":                         "social-recruiting-assistant",
		"charge-de-recrutement-senior-sourcing-et-marque-employeur":         "social-recruiting-assistant",
		"charge-de-recrutement-senior-et-marque-employeur":                  "social-recruiting-assistant",
		"charge-de-recrutement-et-marque-employeur-senior":                  "social-recruiting-assistant",
		"charge-de-communication-reseaux-sociaux-junior":                    "social-media-manager",
		"charge-de-recrutement-senior-marque-employeur":                     "social-recruiting-assistant",
		"charge-de-recrutement-senior-tech-et-marque-employeur":             "social-recruiting-assistant",
		"community-manager-junior":                                          "community-manager",
		"charge-de-veille-junior":                                           "content-curator",
		"community-manager-interne-junior":                                  "internal-community-manager",
		"charge-de-communication-digitale-community-manager":                "community-manager",
		"charge-de-communication-digitale":                                  "community-manager",
		"webmaster-junior":                                                  "webmaster",
		"charge-de-recrutement-et-relations-ecoles":                         "social-recruiting-assistant",
	}
}
