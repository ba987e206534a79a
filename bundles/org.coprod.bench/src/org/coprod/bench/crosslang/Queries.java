package org.coprod.bench.crosslang;

import java.util.List;

/**
 * Precedent questions about cases of the sample library, as a policy officer might type them: in Portuguese, Spanish
 * and French (about cases written in English), and English paraphrases that avoid the cases' own names. A third name no
 * place, so that only the vocabulary can find the case. Each names the
 * one case that answers it.
 */
final class Queries {

    /** One question, its language and the id of the case that answers it. */
    record Query(String language, String text, String expected) {
    }

    private Queries() {
    }

    static final List<Query> ALL = List.of(
            // Portuguese
            new Query("pt", "orçamento participativo em Porto Alegre", "porto-alegre-op"),
            new Query("pt", "moradores constroem seus próprios esgotos em Karachi", "opp-orangi-sanitation"),
            new Query("pt", "loja da aldeia gerida por voluntários", "tackley-village-shop"),
            new Query("pt", "famílias acolhedoras que cuidam de idosos", "villa-family"),
            new Query("pt", "esgoto condominial no Brasil", "brazil-condominial-sewerage"),
            new Query("pt", "banheiros comunitários em Mumbai", "mumbai-community-toilets"),
            new Query("pt", "quiosques de água na Zâmbia", "ctx-zambia-water-kiosks"),
            new Query("pt", "parceria para pessoas em situação de rua em Exeter", "exeter-homeless-partnership"),
            new Query("pt", "despejos por causa dos Jogos Olímpicos na Coreia do Sul", "seoul-olympic-evictions"),
            new Query("pt", "fundo da cidade para urbanização de favelas em Harare", "harare-city-fund"),
            new Query("pt", "federação de moradores sem-teto na África do Sul", "sa-homeless-peoples-federation-php"),
            new Query("pt", "coprodução da coleta de lixo e reciclagem em Denver", "denver-recycling-block-leaders"),
            new Query("pt", "tribunais juvenis com jovens como jurados", "time-dollar-youth-courts"),
            new Query("pt", "vigilância de bairro contra o crime", "uk-neighbourhood-watch"),
            new Query("pt", "programa nacional para crianças pequenas e apoio às famílias", "sure-start-national"),
            // Spanish
            new Query("es", "presupuesto participativo de la ciudad en Brasil", "porto-alegre-op"),
            new Query("es", "vecinos que construyen su propio alcantarillado en Karachi", "opp-orangi-sanitation"),
            new Query("es", "tienda del pueblo gestionada por voluntarios", "tackley-village-shop"),
            new Query("es", "familias de acogida que cuidan a personas mayores", "villa-family"),
            new Query("es", "alcantarillado condominial en Brasil", "brazil-condominial-sewerage"),
            new Query("es", "baños comunitarios en Mumbai", "mumbai-community-toilets"),
            new Query("es", "movimiento de ocupantes de tierras en Monterrey, México", "monterrey-squatter-movement"),
            new Query("es", "movimientos ciudadanos y renovación de vivienda en Madrid", "madrid-citizen-movements"),
            new Query("es", "desalojos por los Juegos Olímpicos en Corea del Sur", "seoul-olympic-evictions"),
            new Query("es", "recaudación de impuestos por una asociación de transporte en Ghana", "ghana-tanker-association"),
            new Query("es", "quioscos de agua en Zambia", "ctx-zambia-water-kiosks"),
            new Query("es", "un millón de viviendas en Sri Lanka", "sri-lanka-million-houses"),
            new Query("es", "reciclaje de basura organizado por vecinos de cada cuadra", "denver-recycling-block-leaders"),
            new Query("es", "voluntarios que escuchan a personas en crisis de salud mental", "samaritans"),
            new Query("es", "hospitales que promueven la salud de los pacientes", "health-promoting-hospitals"),
            // French
            new Query("fr", "budget participatif de la ville au Brésil", "porto-alegre-op"),
            new Query("fr", "habitants qui construisent leurs propres égouts à Karachi", "opp-orangi-sanitation"),
            new Query("fr", "épicerie de village tenue par des bénévoles", "tackley-village-shop"),
            new Query("fr", "familles d'accueil pour personnes âgées", "villa-family"),
            new Query("fr", "toilettes communautaires à Mumbai", "mumbai-community-toilets"),
            new Query("fr", "kiosques à eau en Zambie", "ctx-zambia-water-kiosks"),
            new Query("fr", "partenariat pour les sans-abri à Exeter", "exeter-homeless-partnership"),
            new Query("fr", "jetée rachetée par la communauté à Hastings", "hastings-pier"),
            new Query("fr", "expulsions liées aux Jeux olympiques en Corée du Sud", "seoul-olympic-evictions"),
            new Query("fr", "collecte des impôts par une association de transporteurs au Ghana", "ghana-tanker-association"),
            new Query("fr", "recensement des habitants des quartiers informels à Epworth au Zimbabwe", "epworth-enumeration"),
            new Query("fr", "fédération des habitants à Windhoek en Namibie", "namibia-sdfn-windhoek"),
            new Query("fr", "tribunaux pour jeunes où les jeunes jugent leurs pairs", "time-dollar-youth-courts"),
            new Query("fr", "surveillance de voisinage contre la criminalité", "uk-neighbourhood-watch"),
            new Query("fr", "hôpitaux promoteurs de santé", "health-promoting-hospitals"),
            // English paraphrases (no case names)
            new Query("en", "residents building their own lane sewers in Karachi", "opp-orangi-sanitation"),
            new Query("en", "participatory city budgeting in Brazil", "porto-alegre-op"),
            new Query("en", "a village shop run by volunteers", "tackley-village-shop"),
            new Query("en", "host families caring for elderly people", "villa-family"),
            new Query("en", "shared sewers serving a block of houses in Brazil", "brazil-condominial-sewerage"),
            new Query("en", "toilet blocks run by communities in Mumbai", "mumbai-community-toilets"),
            new Query("en", "water kiosks in Zambia", "ctx-zambia-water-kiosks"),
            new Query("en", "people evicted for the Olympic Games in South Korea", "seoul-olympic-evictions"),
            new Query("en", "squatters occupying land in Monterrey", "monterrey-squatter-movement"),
            new Query("en", "a seaside pier bought by the community", "hastings-pier"),
            new Query("en", "tax collection by a transport association in Ghana", "ghana-tanker-association"),
            new Query("en", "a partnership for homeless people in Exeter", "exeter-homeless-partnership"));
}
