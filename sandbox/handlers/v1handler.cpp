// SPDX-License-Identifier: GPL-3.0-or-later
#include "v1handler.h"

#include "api/wire/wire.h"
#include "logic/ticketservice.h"
#include "store/directorystore.h"

using namespace Qt::StringLiterals;

namespace Frontline::Sandbox {

V1Handler::V1Handler(TicketService &service, DirectoryStore &directory)
    : m_service(service)
    , m_directory(directory)
{ }

void V1Handler::addRoutes(Router &router)
{
    router.add("POST", u"/api/conversations/{id}/messages"_s, KeyKind::V1,
               [this](const RequestContext &c) { return addMessage(c); });
}

HttpResponse V1Handler::error(int status, const QString &message)
{
    return HttpResponse::json(Wire::encodeV1Error(message), status);
}

HttpResponse V1Handler::addMessage(const RequestContext &c)
{
    // Fields come in the form body; some v1 clients put them in the query string.
    HttpRequest::Pairs fields = c.request.query;
    if (c.request.isForm())
        fields += c.request.formFields();
    else if (!c.request.body.trimmed().isEmpty())
        return error(400, u"the body must be application/x-www-form-urlencoded"_s);
    auto post = Wire::decodeV1MessagePost(fields);
    if (!post)
        return error(400, post.error().toString());
    if (post->message.trimmed().isEmpty())
        return error(400, u"message: required field is missing"_s); // only spaces
    const QString &who = post->userIdentifier;

    Author author;
    if (who.isEmpty()) {
        const auto agent = m_directory.agent(c.agentId);
        if (!agent)
            return error(400, u"useridentifier: the key has no agent"_s);
        author = Author{Author::Kind::Agent, agent->agent.id, agent->agent.name, agent->agent.email};
    } else {
        const auto found = m_service.authorFor(who);
        if (!found)
            return error(400, u"useridentifier: '%1' is neither an agent nor an e-mail address"_s.arg(who.left(80)));
        author = *found;
    }
    auto group = m_service.addMessage(c.params.value(0), author, post->message, post->type == V1MessagePost::Type::Note,
                                      post->html ? u"H"_s : u"T"_s);
    if (!group)
        return error(group.error().status, group.error().message);
    QString messageId;
    for (const Message &m : group->messages) {
        if (m.type != u"H")
            messageId = m.id;
    }
    return HttpResponse::json(Wire::encodeV1Envelope(QJsonObject{{u"id"_s, group->id}, {u"messageid"_s, messageId}}));
}

} // namespace Frontline::Sandbox
