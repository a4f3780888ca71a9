// Generated from the OpenAPI document by openapi-typescript (test/api-schema.test.ts): do not edit by hand.
export interface paths {
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户、所属机关和角色 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            username: string;
                            displayName: string;
                            agency: string;
                            roles: string[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可查看的机关（本机关；监督人员含全部下级） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agencies: {
                                code: string;
                                name: string;
                                kind: string;
                                parent: string | null;
                                orgCode: string | null;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个机关 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            kind: string;
                            parent: string | null;
                            orgCode: string | null;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{code}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 机关的工作人员（本机关管理员或上级监督人员可查看） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            users: {
                                id: number;
                                username: string;
                                displayName: string;
                                agency: string;
                                roles: string[];
                                disabled: boolean;
                                locked: boolean;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** 添加工作人员（本机关管理员） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        password: string;
                        roles: string | string[];
                        email?: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            displayName: string;
                            agency: string;
                            roles: string[];
                            disabled: boolean;
                            locked: boolean;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志（本机关；监督人员含下级），按序号倒序分页 */
        get: {
            parameters: {
                query?: {
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                seq: number;
                                at: string;
                                actor: string;
                                action: string;
                                objectType: string;
                                objectId: string | null;
                                summary: unknown;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 机关及其下属机关已发布的政府信息（可检索、分页） */
        get: {
            parameters: {
                query: {
                    q?: string;
                    column?: number;
                    topic?: "综合政务" | "国民经济管理" | "财政金融" | "城乡建设" | "农业农村" | "自然资源" | "生态环境" | "民政、扶贫、救灾" | "劳动、人事、监察" | "卫生健康" | "教育" | "文化旅游" | "公安、安全、司法" | "市场监管" | "交通" | "其他";
                    genre?: "rule" | "normative" | "notice" | "announcement" | "report" | "plan" | "news" | "other";
                    year?: number;
                    validity?: "valid" | "expired" | "repealed";
                    page?: number;
                    agency: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agency: string;
                            total: number;
                            page: number;
                            pageSize: number;
                            items: {
                                id: number;
                                indexNo: string;
                                title: string;
                                summary: string;
                                publisher: string;
                                formedOn: string;
                                publishedOn: string;
                                docNo: string | null;
                                topic: string;
                                genre: string;
                                validity: string;
                                corrected: boolean;
                                url: string;
                                /** @description 发布机关（县级以上门户检索其下全部机关） */
                                agency: {
                                    code: string;
                                    name: string;
                                };
                                /** @description 检索时：命中处 hit 为 true */
                                snippet: {
                                    text: string;
                                    hit: boolean;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/catalogue/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本机关各状态的信息（最近改动在前，游标分页），可按状态、栏目筛选，或只列待我处理的 */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    state?: "draft" | "secrecy_review" | "review" | "sign_off" | "ready" | "published" | "withdrawn" | "applied";
                    column?: number;
                    queue?: "mine";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                indexNo: string;
                                title: string;
                                /** @enum {string} */
                                state: "draft" | "secrecy_review" | "review" | "sign_off" | "ready" | "published" | "withdrawn" | "applied";
                                stateLabel: string;
                                /** @description 乐观锁版本号：修改、审查、发布、撤下、更正时须原样提交 */
                                version: number;
                                columnId: number;
                                formedOn: string;
                                publishedOn: string | null;
                                authorName: string;
                                updatedAt: string;
                                corrected: boolean;
                                /** @description 更正稿：所更正的已发布信息的 id */
                                correctsId: number | null;
                            }[];
                            /** @description 下一页的游标；为 null 时已是最后一页 */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** 起草一条信息（草稿；索引号自动生成，或填写旧系统的 legacyIndexNo） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        columnId: number;
                        title: string;
                        summary: string;
                        publisher: string;
                        formedOn: string;
                        docNo?: string | null;
                        /** @enum {string} */
                        topic: "综合政务" | "国民经济管理" | "财政金融" | "城乡建设" | "农业农村" | "自然资源" | "生态环境" | "民政、扶贫、救灾" | "劳动、人事、监察" | "卫生健康" | "教育" | "文化旅游" | "公安、安全、司法" | "市场监管" | "交通" | "其他";
                        /** @enum {string} */
                        genre: "rule" | "normative" | "notice" | "announcement" | "report" | "plan" | "news" | "other";
                        /** @enum {string} */
                        disclosure: "active" | "on_request" | "withheld";
                        withheldReason?: string | null;
                        /** @enum {string} */
                        validity: "valid" | "expired" | "repealed";
                        repealedOn?: string | null;
                        /** @default  */
                        body?: string;
                        legacyIndexNo?: string | null;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            indexNo: string;
                            title: string;
                            /** @enum {string} */
                            state: "draft" | "secrecy_review" | "review" | "sign_off" | "ready" | "published" | "withdrawn" | "applied";
                            stateLabel: string;
                            /** @description 乐观锁版本号：修改、审查、发布、撤下、更正时须原样提交 */
                            version: number;
                            columnId: number;
                            formedOn: string;
                            publishedOn: string | null;
                            authorName: string;
                            updatedAt: string;
                            corrected: boolean;
                            /** @description 更正稿：所更正的已发布信息的 id */
                            correctsId: number | null;
                            summary: string;
                            publisher: string;
                            docNo: string | null;
                            topic: string;
                            genre: string;
                            disclosure: string;
                            withheldReason: string | null;
                            validity: string;
                            repealedOn: string | null;
                            body: string;
                            reviewerName: string | null;
                            publisherName: string | null;
                            correctionReason: string | null;
                            columnName: string;
                            /** @description 条例第二十六条：成文后 20 个工作日内公开 */
                            due: string;
                            late: boolean;
                            approvals: {
                                step: string;
                                decision: string;
                                actorName: string;
                                comment: string;
                                at: string;
                            }[];
                            findings: {
                                id: number;
                                attachmentId: number | null;
                                kind: string;
                                excerpt: string;
                                /** @enum {string} */
                                state: "open" | "masked" | "overridden";
                                reason: string | null;
                                resolvedBy: string | null;
                            }[];
                            attachments: {
                                id: number;
                                filename: string;
                                mime: string;
                                size: number;
                                sha256: string;
                                /** @description 能否读出文字（不能读出的附件须人工审查） */
                                readable: boolean;
                            }[];
                            versions: {
                                version: number;
                                reason: string;
                                at: string;
                            }[];
                            posts: {
                                channel: string;
                                note: string;
                                actorName: string;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/catalogue/entries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一条信息：内容、状态、公开期限、审查记录、敏感信息检查结果、附件、更正和推送记录 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            indexNo: string;
                            title: string;
                            /** @enum {string} */
                            state: "draft" | "secrecy_review" | "review" | "sign_off" | "ready" | "published" | "withdrawn" | "applied";
                            stateLabel: string;
                            /** @description 乐观锁版本号：修改、审查、发布、撤下、更正时须原样提交 */
                            version: number;
                            columnId: number;
                            formedOn: string;
                            publishedOn: string | null;
                            authorName: string;
                            updatedAt: string;
                            corrected: boolean;
                            /** @description 更正稿：所更正的已发布信息的 id */
                            correctsId: number | null;
                            summary: string;
                            publisher: string;
                            docNo: string | null;
                            topic: string;
                            genre: string;
                            disclosure: string;
                            withheldReason: string | null;
                            validity: string;
                            repealedOn: string | null;
                            body: string;
                            reviewerName: string | null;
                            publisherName: string | null;
                            correctionReason: string | null;
                            columnName: string;
                            /** @description 条例第二十六条：成文后 20 个工作日内公开 */
                            due: string;
                            late: boolean;
                            approvals: {
                                step: string;
                                decision: string;
                                actorName: string;
                                comment: string;
                                at: string;
                            }[];
                            findings: {
                                id: number;
                                attachmentId: number | null;
                                kind: string;
                                excerpt: string;
                                /** @enum {string} */
                                state: "open" | "masked" | "overridden";
                                reason: string | null;
                                resolvedBy: string | null;
                            }[];
                            attachments: {
                                id: number;
                                filename: string;
                                mime: string;
                                size: number;
                                sha256: string;
                                /** @description 能否读出文字（不能读出的附件须人工审查） */
                                readable: boolean;
                            }[];
                            versions: {
                                version: number;
                                reason: string;
                                at: string;
                            }[];
                            posts: {
                                channel: string;
                                note: string;
                                actorName: string;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** 修改草稿（整条提交，并带上读取时的 version；他人已先保存时返回 409） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        columnId: number;
                        title: string;
                        summary: string;
                        publisher: string;
                        formedOn: string;
                        docNo?: string | null;
                        /** @enum {string} */
                        topic: "综合政务" | "国民经济管理" | "财政金融" | "城乡建设" | "农业农村" | "自然资源" | "生态环境" | "民政、扶贫、救灾" | "劳动、人事、监察" | "卫生健康" | "教育" | "文化旅游" | "公安、安全、司法" | "市场监管" | "交通" | "其他";
                        /** @enum {string} */
                        genre: "rule" | "normative" | "notice" | "announcement" | "report" | "plan" | "news" | "other";
                        /** @enum {string} */
                        disclosure: "active" | "on_request" | "withheld";
                        withheldReason?: string | null;
                        /** @enum {string} */
                        validity: "valid" | "expired" | "repealed";
                        repealedOn?: string | null;
                        /** @default  */
                        body?: string;
                        legacyIndexNo?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            indexNo: string;
                            title: string;
                            /** @enum {string} */
                            state: "draft" | "secrecy_review" | "review" | "sign_off" | "ready" | "published" | "withdrawn" | "applied";
                            stateLabel: string;
                            /** @description 乐观锁版本号：修改、审查、发布、撤下、更正时须原样提交 */
                            version: number;
                            columnId: number;
                            formedOn: string;
                            publishedOn: string | null;
                            authorName: string;
                            updatedAt: string;
                            corrected: boolean;
                            /** @description 更正稿：所更正的已发布信息的 id */
                            correctsId: number | null;
                            summary: string;
                            publisher: string;
                            docNo: string | null;
                            topic: string;
                            genre: string;
                            disclosure: string;
                            withheldReason: string | null;
                            validity: string;
                            repealedOn: string | null;
                            body: string;
                            reviewerName: string | null;
                            publisherName: string | null;
                            correctionReason: string | null;
                            columnName: string;
                            /** @description 条例第二十六条：成文后 20 个工作日内公开 */
                            due: string;
                            late: boolean;
                            approvals: {
                                step: string;
                                decision: string;
                                actorName: string;
                                comment: string;
                                at: string;
                            }[];
                            findings: {
                                id: number;
                                attachmentId: number | null;
                                kind: string;
                                excerpt: string;
                                /** @enum {string} */
                                state: "open" | "masked" | "overridden";
                                reason: string | null;
                                resolvedBy: string | null;
                            }[];
                            attachments: {
                                id: number;
                                filename: string;
                                mime: string;
                                size: number;
                                sha256: string;
                                /** @description 能否读出文字（不能读出的附件须人工审查） */
                                readable: boolean;
                            }[];
                            versions: {
                                version: number;
                                reason: string;
                                at: string;
                            }[];
                            posts: {
                                channel: string;
                                note: string;
                                actorName: string;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/catalogue/entries/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 更正已发布的信息：起草更正稿（更正后的完整内容和理由），经同样的审查发布后替换公开版本；返回更正稿 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        columnId: number;
                        title: string;
                        summary: string;
                        publisher: string;
                        formedOn: string;
                        docNo?: string | null;
                        /** @enum {string} */
                        topic: "综合政务" | "国民经济管理" | "财政金融" | "城乡建设" | "农业农村" | "自然资源" | "生态环境" | "民政、扶贫、救灾" | "劳动、人事、监察" | "卫生健康" | "教育" | "文化旅游" | "公安、安全、司法" | "市场监管" | "交通" | "其他";
                        /** @enum {string} */
                        genre: "rule" | "normative" | "notice" | "announcement" | "report" | "plan" | "news" | "other";
                        /** @enum {string} */
                        disclosure: "active" | "on_request" | "withheld";
                        withheldReason?: string | null;
                        /** @enum {string} */
                        validity: "valid" | "expired" | "repealed";
                        repealedOn?: string | null;
                        /** @default  */
                        body?: string;
                        legacyIndexNo?: string | null;
                        reason: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            indexNo: string;
                            title: string;
                            /** @enum {string} */
                            state: "draft" | "secrecy_review" | "review" | "sign_off" | "ready" | "published" | "withdrawn" | "applied";
                            stateLabel: string;
                            /** @description 乐观锁版本号：修改、审查、发布、撤下、更正时须原样提交 */
                            version: number;
                            columnId: number;
                            formedOn: string;
                            publishedOn: string | null;
                            authorName: string;
                            updatedAt: string;
                            corrected: boolean;
                            /** @description 更正稿：所更正的已发布信息的 id */
                            correctsId: number | null;
                            summary: string;
                            publisher: string;
                            docNo: string | null;
                            topic: string;
                            genre: string;
                            disclosure: string;
                            withheldReason: string | null;
                            validity: string;
                            repealedOn: string | null;
                            body: string;
                            reviewerName: string | null;
                            publisherName: string | null;
                            correctionReason: string | null;
                            columnName: string;
                            /** @description 条例第二十六条：成文后 20 个工作日内公开 */
                            due: string;
                            late: boolean;
                            approvals: {
                                step: string;
                                decision: string;
                                actorName: string;
                                comment: string;
                                at: string;
                            }[];
                            findings: {
                                id: number;
                                attachmentId: number | null;
                                kind: string;
                                excerpt: string;
                                /** @enum {string} */
                                state: "open" | "masked" | "overridden";
                                reason: string | null;
                                resolvedBy: string | null;
                            }[];
                            attachments: {
                                id: number;
                                filename: string;
                                mime: string;
                                size: number;
                                sha256: string;
                                /** @description 能否读出文字（不能读出的附件须人工审查） */
                                readable: boolean;
                            }[];
                            versions: {
                                version: number;
                                reason: string;
                                at: string;
                            }[];
                            posts: {
                                channel: string;
                                note: string;
                                actorName: string;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/catalogue/entries/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 先审后发的一步：submit 提交保密审查（起草人）；approve 通过当前环节（保密审查→审核→负责人签发，按本机关设置）；return 退回修改（须写明意见） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "submit" | "approve" | "return";
                        /** @default  */
                        comment?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            indexNo: string;
                            title: string;
                            /** @enum {string} */
                            state: "draft" | "secrecy_review" | "review" | "sign_off" | "ready" | "published" | "withdrawn" | "applied";
                            stateLabel: string;
                            /** @description 乐观锁版本号：修改、审查、发布、撤下、更正时须原样提交 */
                            version: number;
                            columnId: number;
                            formedOn: string;
                            publishedOn: string | null;
                            authorName: string;
                            updatedAt: string;
                            corrected: boolean;
                            /** @description 更正稿：所更正的已发布信息的 id */
                            correctsId: number | null;
                            summary: string;
                            publisher: string;
                            docNo: string | null;
                            topic: string;
                            genre: string;
                            disclosure: string;
                            withheldReason: string | null;
                            validity: string;
                            repealedOn: string | null;
                            body: string;
                            reviewerName: string | null;
                            publisherName: string | null;
                            correctionReason: string | null;
                            columnName: string;
                            /** @description 条例第二十六条：成文后 20 个工作日内公开 */
                            due: string;
                            late: boolean;
                            approvals: {
                                step: string;
                                decision: string;
                                actorName: string;
                                comment: string;
                                at: string;
                            }[];
                            findings: {
                                id: number;
                                attachmentId: number | null;
                                kind: string;
                                excerpt: string;
                                /** @enum {string} */
                                state: "open" | "masked" | "overridden";
                                reason: string | null;
                                resolvedBy: string | null;
                            }[];
                            attachments: {
                                id: number;
                                filename: string;
                                mime: string;
                                size: number;
                                sha256: string;
                                /** @description 能否读出文字（不能读出的附件须人工审查） */
                                readable: boolean;
                            }[];
                            versions: {
                                version: number;
                                reason: string;
                                at: string;
                            }[];
                            posts: {
                                channel: string;
                                note: string;
                                actorName: string;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/catalogue/entries/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布审查通过的信息（不能发布本人起草的；敏感信息检查有未处理的问题时拒绝） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            indexNo: string;
                            title: string;
                            /** @enum {string} */
                            state: "draft" | "secrecy_review" | "review" | "sign_off" | "ready" | "published" | "withdrawn" | "applied";
                            stateLabel: string;
                            /** @description 乐观锁版本号：修改、审查、发布、撤下、更正时须原样提交 */
                            version: number;
                            columnId: number;
                            formedOn: string;
                            publishedOn: string | null;
                            authorName: string;
                            updatedAt: string;
                            corrected: boolean;
                            /** @description 更正稿：所更正的已发布信息的 id */
                            correctsId: number | null;
                            summary: string;
                            publisher: string;
                            docNo: string | null;
                            topic: string;
                            genre: string;
                            disclosure: string;
                            withheldReason: string | null;
                            validity: string;
                            repealedOn: string | null;
                            body: string;
                            reviewerName: string | null;
                            publisherName: string | null;
                            correctionReason: string | null;
                            columnName: string;
                            /** @description 条例第二十六条：成文后 20 个工作日内公开 */
                            due: string;
                            late: boolean;
                            approvals: {
                                step: string;
                                decision: string;
                                actorName: string;
                                comment: string;
                                at: string;
                            }[];
                            findings: {
                                id: number;
                                attachmentId: number | null;
                                kind: string;
                                excerpt: string;
                                /** @enum {string} */
                                state: "open" | "masked" | "overridden";
                                reason: string | null;
                                resolvedBy: string | null;
                            }[];
                            attachments: {
                                id: number;
                                filename: string;
                                mime: string;
                                size: number;
                                sha256: string;
                                /** @description 能否读出文字（不能读出的附件须人工审查） */
                                readable: boolean;
                            }[];
                            versions: {
                                version: number;
                                reason: string;
                                at: string;
                            }[];
                            posts: {
                                channel: string;
                                note: string;
                                actorName: string;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/catalogue/entries/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤下已发布的信息（写明理由）：离开门户和检索，保留在后台和审计记录中 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            indexNo: string;
                            title: string;
                            /** @enum {string} */
                            state: "draft" | "secrecy_review" | "review" | "sign_off" | "ready" | "published" | "withdrawn" | "applied";
                            stateLabel: string;
                            /** @description 乐观锁版本号：修改、审查、发布、撤下、更正时须原样提交 */
                            version: number;
                            columnId: number;
                            formedOn: string;
                            publishedOn: string | null;
                            authorName: string;
                            updatedAt: string;
                            corrected: boolean;
                            /** @description 更正稿：所更正的已发布信息的 id */
                            correctsId: number | null;
                            summary: string;
                            publisher: string;
                            docNo: string | null;
                            topic: string;
                            genre: string;
                            disclosure: string;
                            withheldReason: string | null;
                            validity: string;
                            repealedOn: string | null;
                            body: string;
                            reviewerName: string | null;
                            publisherName: string | null;
                            correctionReason: string | null;
                            columnName: string;
                            /** @description 条例第二十六条：成文后 20 个工作日内公开 */
                            due: string;
                            late: boolean;
                            approvals: {
                                step: string;
                                decision: string;
                                actorName: string;
                                comment: string;
                                at: string;
                            }[];
                            findings: {
                                id: number;
                                attachmentId: number | null;
                                kind: string;
                                excerpt: string;
                                /** @enum {string} */
                                state: "open" | "masked" | "overridden";
                                reason: string | null;
                                resolvedBy: string | null;
                            }[];
                            attachments: {
                                id: number;
                                filename: string;
                                mime: string;
                                size: number;
                                sha256: string;
                                /** @description 能否读出文字（不能读出的附件须人工审查） */
                                readable: boolean;
                            }[];
                            versions: {
                                version: number;
                                reason: string;
                                at: string;
                            }[];
                            posts: {
                                channel: string;
                                note: string;
                                actorName: string;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/catalogue/entries/{id}/findings/{findingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 处理一条敏感信息检查结果：mask 遮盖（正文或附件生成遮盖后的副本），override 保留并写明理由 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    findingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        how: "mask" | "override";
                        /** @default  */
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            indexNo: string;
                            title: string;
                            /** @enum {string} */
                            state: "draft" | "secrecy_review" | "review" | "sign_off" | "ready" | "published" | "withdrawn" | "applied";
                            stateLabel: string;
                            /** @description 乐观锁版本号：修改、审查、发布、撤下、更正时须原样提交 */
                            version: number;
                            columnId: number;
                            formedOn: string;
                            publishedOn: string | null;
                            authorName: string;
                            updatedAt: string;
                            corrected: boolean;
                            /** @description 更正稿：所更正的已发布信息的 id */
                            correctsId: number | null;
                            summary: string;
                            publisher: string;
                            docNo: string | null;
                            topic: string;
                            genre: string;
                            disclosure: string;
                            withheldReason: string | null;
                            validity: string;
                            repealedOn: string | null;
                            body: string;
                            reviewerName: string | null;
                            publisherName: string | null;
                            correctionReason: string | null;
                            columnName: string;
                            /** @description 条例第二十六条：成文后 20 个工作日内公开 */
                            due: string;
                            late: boolean;
                            approvals: {
                                step: string;
                                decision: string;
                                actorName: string;
                                comment: string;
                                at: string;
                            }[];
                            findings: {
                                id: number;
                                attachmentId: number | null;
                                kind: string;
                                excerpt: string;
                                /** @enum {string} */
                                state: "open" | "masked" | "overridden";
                                reason: string | null;
                                resolvedBy: string | null;
                            }[];
                            attachments: {
                                id: number;
                                filename: string;
                                mime: string;
                                size: number;
                                sha256: string;
                                /** @description 能否读出文字（不能读出的附件须人工审查） */
                                readable: boolean;
                            }[];
                            versions: {
                                version: number;
                                reason: string;
                                at: string;
                            }[];
                            posts: {
                                channel: string;
                                note: string;
                                actorName: string;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/catalogue/entries/{id}/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记已发布的信息推送到的其他渠道（微信、公开栏、广播） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "wechat" | "board" | "broadcast";
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            indexNo: string;
                            title: string;
                            /** @enum {string} */
                            state: "draft" | "secrecy_review" | "review" | "sign_off" | "ready" | "published" | "withdrawn" | "applied";
                            stateLabel: string;
                            /** @description 乐观锁版本号：修改、审查、发布、撤下、更正时须原样提交 */
                            version: number;
                            columnId: number;
                            formedOn: string;
                            publishedOn: string | null;
                            authorName: string;
                            updatedAt: string;
                            corrected: boolean;
                            /** @description 更正稿：所更正的已发布信息的 id */
                            correctsId: number | null;
                            summary: string;
                            publisher: string;
                            docNo: string | null;
                            topic: string;
                            genre: string;
                            disclosure: string;
                            withheldReason: string | null;
                            validity: string;
                            repealedOn: string | null;
                            body: string;
                            reviewerName: string | null;
                            publisherName: string | null;
                            correctionReason: string | null;
                            columnName: string;
                            /** @description 条例第二十六条：成文后 20 个工作日内公开 */
                            due: string;
                            late: boolean;
                            approvals: {
                                step: string;
                                decision: string;
                                actorName: string;
                                comment: string;
                                at: string;
                            }[];
                            findings: {
                                id: number;
                                attachmentId: number | null;
                                kind: string;
                                excerpt: string;
                                /** @enum {string} */
                                state: "open" | "masked" | "overridden";
                                reason: string | null;
                                resolvedBy: string | null;
                            }[];
                            attachments: {
                                id: number;
                                filename: string;
                                mime: string;
                                size: number;
                                sha256: string;
                                /** @description 能否读出文字（不能读出的附件须人工审查） */
                                readable: boolean;
                            }[];
                            versions: {
                                version: number;
                                reason: string;
                                at: string;
                            }[];
                            posts: {
                                channel: string;
                                note: string;
                                actorName: string;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/catalogue/entries/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 为草稿上传附件：multipart/form-data，文件字段 file；PDF、DOCX、XLSX、PNG 或 JPEG（按内容识别），不超过 20 MB；随即进行敏感信息检查 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description 附件文件
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            indexNo: string;
                            title: string;
                            /** @enum {string} */
                            state: "draft" | "secrecy_review" | "review" | "sign_off" | "ready" | "published" | "withdrawn" | "applied";
                            stateLabel: string;
                            /** @description 乐观锁版本号：修改、审查、发布、撤下、更正时须原样提交 */
                            version: number;
                            columnId: number;
                            formedOn: string;
                            publishedOn: string | null;
                            authorName: string;
                            updatedAt: string;
                            corrected: boolean;
                            /** @description 更正稿：所更正的已发布信息的 id */
                            correctsId: number | null;
                            summary: string;
                            publisher: string;
                            docNo: string | null;
                            topic: string;
                            genre: string;
                            disclosure: string;
                            withheldReason: string | null;
                            validity: string;
                            repealedOn: string | null;
                            body: string;
                            reviewerName: string | null;
                            publisherName: string | null;
                            correctionReason: string | null;
                            columnName: string;
                            /** @description 条例第二十六条：成文后 20 个工作日内公开 */
                            due: string;
                            late: boolean;
                            approvals: {
                                step: string;
                                decision: string;
                                actorName: string;
                                comment: string;
                                at: string;
                            }[];
                            findings: {
                                id: number;
                                attachmentId: number | null;
                                kind: string;
                                excerpt: string;
                                /** @enum {string} */
                                state: "open" | "masked" | "overridden";
                                reason: string | null;
                                resolvedBy: string | null;
                            }[];
                            attachments: {
                                id: number;
                                filename: string;
                                mime: string;
                                size: number;
                                sha256: string;
                                /** @description 能否读出文字（不能读出的附件须人工审查） */
                                readable: boolean;
                            }[];
                            versions: {
                                version: number;
                                reason: string;
                                at: string;
                            }[];
                            posts: {
                                channel: string;
                                note: string;
                                actorName: string;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/catalogue/entries/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 从草稿删除一个附件（其未处理的检查结果随之删除） */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    attachmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            indexNo: string;
                            title: string;
                            /** @enum {string} */
                            state: "draft" | "secrecy_review" | "review" | "sign_off" | "ready" | "published" | "withdrawn" | "applied";
                            stateLabel: string;
                            /** @description 乐观锁版本号：修改、审查、发布、撤下、更正时须原样提交 */
                            version: number;
                            columnId: number;
                            formedOn: string;
                            publishedOn: string | null;
                            authorName: string;
                            updatedAt: string;
                            corrected: boolean;
                            /** @description 更正稿：所更正的已发布信息的 id */
                            correctsId: number | null;
                            summary: string;
                            publisher: string;
                            docNo: string | null;
                            topic: string;
                            genre: string;
                            disclosure: string;
                            withheldReason: string | null;
                            validity: string;
                            repealedOn: string | null;
                            body: string;
                            reviewerName: string | null;
                            publisherName: string | null;
                            correctionReason: string | null;
                            columnName: string;
                            /** @description 条例第二十六条：成文后 20 个工作日内公开 */
                            due: string;
                            late: boolean;
                            approvals: {
                                step: string;
                                decision: string;
                                actorName: string;
                                comment: string;
                                at: string;
                            }[];
                            findings: {
                                id: number;
                                attachmentId: number | null;
                                kind: string;
                                excerpt: string;
                                /** @enum {string} */
                                state: "open" | "masked" | "overridden";
                                reason: string | null;
                                resolvedBy: string | null;
                            }[];
                            attachments: {
                                id: number;
                                filename: string;
                                mime: string;
                                size: number;
                                sha256: string;
                                /** @description 能否读出文字（不能读出的附件须人工审查） */
                                readable: boolean;
                            }[];
                            versions: {
                                version: number;
                                reason: string;
                                at: string;
                            }[];
                            posts: {
                                channel: string;
                                note: string;
                                actorName: string;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/catalogue/columns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 栏目监测：本机关各栏目的更新情况、负责人、单项否决风险，以及栏目超期的标准目录事项 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            today: string;
                            /** @description 本机关最近一次发布信息的日期 */
                            lastPublished: string | null;
                            columns: {
                                id: number;
                                name: string;
                                /** @enum {string} */
                                updateClass: "news" | "notice" | "policy" | "other";
                                /** @description 动态要闻、通知公告、政策文件类栏目 */
                                key: boolean;
                                basis: string | null;
                                lastPublished: string | null;
                                /** @description 已声明“本期无新增信息”至该日 */
                                nothingNewUntil: string | null;
                                flag: ("stale" | "empty" | "due_soon" | "quiet") | null;
                                staleAfter: string | null;
                                ownerUserId: number | null;
                            }[];
                            stale: number;
                            staleKey: number;
                            empty: number;
                            /** @description 单项否决“栏目不更新”的理由；为空则未触发 */
                            veto: string[];
                            lateItems: {
                                item: string;
                                timeLimit: string;
                                column: string;
                            }[];
                            staff: {
                                id: number;
                                username: string;
                                displayName: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/catalogue/columns/{id}/owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置栏目负责人（本机关在岗工作人员的 id；null 为不指定，提醒本机关信息员） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ownerUserId: number | null;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            today: string;
                            /** @description 本机关最近一次发布信息的日期 */
                            lastPublished: string | null;
                            columns: {
                                id: number;
                                name: string;
                                /** @enum {string} */
                                updateClass: "news" | "notice" | "policy" | "other";
                                /** @description 动态要闻、通知公告、政策文件类栏目 */
                                key: boolean;
                                basis: string | null;
                                lastPublished: string | null;
                                /** @description 已声明“本期无新增信息”至该日 */
                                nothingNewUntil: string | null;
                                flag: ("stale" | "empty" | "due_soon" | "quiet") | null;
                                staleAfter: string | null;
                                ownerUserId: number | null;
                            }[];
                            stale: number;
                            staleKey: number;
                            empty: number;
                            /** @description 单项否决“栏目不更新”的理由；为空则未触发 */
                            veto: string[];
                            lateItems: {
                                item: string;
                                timeLimit: string;
                                column: string;
                            }[];
                            staff: {
                                id: number;
                                username: string;
                                displayName: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/catalogue/columns/{id}/quiet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 声明栏目“本期无新增信息”至某日（写明说明），栏目监测不再将其计为未更新 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        until: string;
                        note: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            today: string;
                            /** @description 本机关最近一次发布信息的日期 */
                            lastPublished: string | null;
                            columns: {
                                id: number;
                                name: string;
                                /** @enum {string} */
                                updateClass: "news" | "notice" | "policy" | "other";
                                /** @description 动态要闻、通知公告、政策文件类栏目 */
                                key: boolean;
                                basis: string | null;
                                lastPublished: string | null;
                                /** @description 已声明“本期无新增信息”至该日 */
                                nothingNewUntil: string | null;
                                flag: ("stale" | "empty" | "due_soon" | "quiet") | null;
                                staleAfter: string | null;
                                ownerUserId: number | null;
                            }[];
                            stale: number;
                            staleKey: number;
                            empty: number;
                            /** @description 单项否决“栏目不更新”的理由；为空则未触发 */
                            veto: string[];
                            lateItems: {
                                item: string;
                                timeLimit: string;
                                column: string;
                            }[];
                            staff: {
                                id: number;
                                username: string;
                                displayName: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/catalogue/column-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本人未读的栏目更新提醒 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                columnId: number;
                                columnName: string;
                                staleAfter: string;
                                flag: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/catalogue/column-notices/{id}/seen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 将本人的一条栏目更新提醒标为已读（“知道了”） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                columnId: number;
                                columnName: string;
                                staleAfter: string;
                                flag: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/catalogue/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本机关的公开设置：是否须负责人签发，信息公开指南的联系方式 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 发布前须负责人签发 */
                            requireSignOff: boolean;
                            guide: {
                                office: string;
                                address: string;
                                hours: string;
                                phone: string;
                                fax: string;
                                postcode: string;
                                email: string;
                                website: string;
                            };
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** 修改本机关的公开设置（整体提交） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        office?: string;
                        /** @default  */
                        address?: string;
                        /** @default  */
                        hours?: string;
                        /** @default  */
                        phone?: string;
                        /** @default  */
                        fax?: string;
                        /** @default  */
                        postcode?: string;
                        /** @default  */
                        email?: string;
                        /** @default  */
                        website?: string;
                        requireSignOff: boolean;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 发布前须负责人签发 */
                            requireSignOff: boolean;
                            guide: {
                                office: string;
                                address: string;
                                hours: string;
                                phone: string;
                                fax: string;
                                postcode: string;
                                email: string;
                                website: string;
                            };
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/catalogue/registers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 第二十条登记：某年度登记的行政许可、处罚、强制决定数和行政事业性收费，及由此计算的表二 */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            /** @description 年度报告表二（report-schema.md tables.proactive） */
                            table: {
                                regulations: {
                                    issued: number;
                                    repealed: number;
                                    inForce: number;
                                };
                                normativeDocuments: {
                                    issued: number;
                                    repealed: number;
                                    inForce: number;
                                };
                                licensing: {
                                    decisions: number;
                                };
                                penalties: {
                                    decisions: number;
                                };
                                coercion: {
                                    decisions: number;
                                };
                                fees: {
                                    amountWanYuan: number;
                                };
                            };
                            decisions: {
                                /** @enum {string} */
                                kind: "licensing" | "penalties" | "coercion" | "fees";
                                count: number;
                                /** @description 金额（分） */
                                amountFen: number;
                                note: string;
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** 登记一项第二十条事项（单个决定或合计数；收费金额 amount 以元为单位、最多两位小数的文本） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        year: number;
                        /** @enum {string} */
                        kind: "licensing" | "penalties" | "coercion" | "fees";
                        count: number;
                        /** @default  */
                        note?: string;
                        /** @default 0 */
                        amount?: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            /** @description 年度报告表二（report-schema.md tables.proactive） */
                            table: {
                                regulations: {
                                    issued: number;
                                    repealed: number;
                                    inForce: number;
                                };
                                normativeDocuments: {
                                    issued: number;
                                    repealed: number;
                                    inForce: number;
                                };
                                licensing: {
                                    decisions: number;
                                };
                                penalties: {
                                    decisions: number;
                                };
                                coercion: {
                                    decisions: number;
                                };
                                fees: {
                                    amountWanYuan: number;
                                };
                            };
                            decisions: {
                                /** @enum {string} */
                                kind: "licensing" | "penalties" | "coercion" | "fees";
                                count: number;
                                /** @description 金额（分） */
                                amountFen: number;
                                note: string;
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/catalogue/standard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本机关的政务公开事项标准目录 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id?: number;
                                level1: string;
                                level2: string;
                                content: string;
                                basis: string;
                                timeLimit: string;
                                subject: string;
                                channels: string[];
                                /** @enum {string} */
                                audience: "all" | "specific";
                                /** @enum {string} */
                                mode: "active" | "on_request";
                                /** @enum {string} */
                                tier: "county" | "township";
                                columnId?: number | null;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** 在标准目录中增加一个事项（可关联本机关的栏目） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        level1: string;
                        level2: string;
                        content: string;
                        basis: string;
                        timeLimit: string;
                        subject: string;
                        channels: ("政府网站" | "两微一端" | "广播电视" | "公开查阅点" | "便民服务站" | "政府公报" | "发布会/听证会" | "纸质媒体" | "政务服务中心" | "入户/现场" | "社区/企事业单位/村公示栏（电子屏）" | "精准推送" | "其他")[];
                        columnId?: number;
                        /** @enum {string} */
                        audience: "all" | "specific";
                        /** @enum {string} */
                        mode: "active" | "on_request";
                        /** @enum {string} */
                        tier: "county" | "township";
                    };
                };
            };
            responses: {
                /** @description 成功 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id?: number;
                                level1: string;
                                level2: string;
                                content: string;
                                basis: string;
                                timeLimit: string;
                                subject: string;
                                channels: string[];
                                /** @enum {string} */
                                audience: "all" | "specific";
                                /** @enum {string} */
                                mode: "active" | "on_request";
                                /** @enum {string} */
                                tier: "county" | "township";
                                columnId?: number | null;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/catalogue/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 政务新媒体账号及各年度的关注量、发布量 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accounts: {
                                platform: string;
                                name: string;
                                year: number;
                                followers: number;
                                posts: number;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** 登记一个政务新媒体账号某年度的关注量和发布量 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        platform: string;
                        name: string;
                        year: number;
                        followers: number;
                        posts: number;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accounts: {
                                platform: string;
                                name: string;
                                year: number;
                                followers: number;
                                posts: number;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{code}/catalogue-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申请人填写内容描述时，提示本机关已主动公开的相关信息（只含已发布的条目） */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                indexNo: string;
                                title: string;
                                publishedOn: string;
                                url: string;
                                /** @description 命中的关键词个数 */
                                hits: number;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{code}/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本机关的申请（个人信息已遮蔽），含答复期限与是否逾期 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            requests: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** 提交政府信息公开申请（无需登录）；返回申请编号和查询码。需要附件时以 multipart/form-data 提交：字段同 JSON，附件字段 idCopy（身份证明复印件）、authorization（授权委托书），PDF、JPG 或 PNG，每个不超过 5 MB */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        applicantType: "natural" | "org";
                        name: string;
                        /** @enum {string} */
                        idType?: "resident_id" | "passport" | "hk_macao_permit" | "taiwan_permit";
                        idNumber?: string;
                        /** @enum {string} */
                        orgKind?: "commercial" | "research" | "social" | "legal" | "otherOrg";
                        orgCode?: string;
                        legalRep?: string;
                        contactPerson?: string;
                        phone: string;
                        /** Format: email */
                        email?: string;
                        address?: string;
                        infoTitle: string;
                        infoDocNumber?: string;
                        infoDescription: string;
                        /** @enum {string} */
                        formWanted: "paper" | "email" | "disk" | "inspect";
                        /** @enum {string} */
                        delivery: "post" | "email" | "pickup" | "online";
                        nonce?: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            number: string;
                            code: string;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申请人凭申请编号和查询码查看办理进度、答复期限和告知书 */
        get: {
            parameters: {
                query: {
                    code: string;
                };
                header?: never;
                path: {
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            number: string;
                            state: string;
                            stateLabel: string;
                            receivedOn: string;
                            dueDate: string | null;
                            workingDaysLeft: number | null;
                            overdue: boolean;
                            outcome: {
                                code: string;
                                label: string;
                            } | null;
                            letters: {
                                kind: string;
                                title: string;
                                issuedOn: string;
                            }[];
                            history: {
                                event: string;
                                label: string;
                                date: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{code}/requests/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记纸质、信函、传真、电子邮件或当面提交的申请（信息员）。附扫描件时以 multipart/form-data 提交：application 的字段与 channel、receivedOn、evidence 平铺，附件字段 scan（申请书扫描件）、idCopy、authorization */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        application: {
                            /** @enum {string} */
                            applicantType: "natural" | "org";
                            name: string;
                            /** @enum {string} */
                            idType?: "resident_id" | "passport" | "hk_macao_permit" | "taiwan_permit";
                            idNumber?: string;
                            /** @enum {string} */
                            orgKind?: "commercial" | "research" | "social" | "legal" | "otherOrg";
                            orgCode?: string;
                            legalRep?: string;
                            contactPerson?: string;
                            phone: string;
                            /** Format: email */
                            email?: string;
                            address?: string;
                            infoTitle: string;
                            infoDocNumber?: string;
                            infoDescription: string;
                            /** @enum {string} */
                            formWanted: "paper" | "email" | "disk" | "inspect";
                            /** @enum {string} */
                            delivery: "post" | "email" | "pickup" | "online";
                            nonce?: string;
                        };
                        /** @enum {string} */
                        channel: "in_person" | "registered_mail" | "letter" | "fax" | "email";
                        receivedOn: string;
                        evidence: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            number: string;
                            code: string;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/requests/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一件申请：状态、答复期限及计算过程、办理记录、可办理的步骤 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            number: string;
                            state: string;
                            outcome: string | null;
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/requests/{number}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办理一个步骤（受理、补正、征求意见、延期、收费、答复、送达、归档、撤回、转送）；withLetter 为 true 时同时出具该步骤的告知书（如后台的“同时出具”） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        event: "accepted" | "correction_requested" | "corrected" | "correction_lapsed" | "consultation_started" | "consultation_ended" | "extension_requested" | "extension_approved" | "extension_refused" | "fee_notice_sent" | "fee_paid" | "fee_lapsed" | "replied" | "delivered" | "archived" | "withdrawn" | "transferred" | "reopened" | "reasons_requested" | "reasons_answered" | "reply_delayed" | "consultation_received" | "fee_notice_received";
                        version: number;
                        onDate?: string;
                        note?: string;
                        items?: string;
                        replyBy?: string;
                        /** @enum {string} */
                        party?: "third_party" | "agency";
                        partyName?: string;
                        workingDays?: number;
                        reason?: string;
                        /** @enum {string} */
                        method?: "count" | "pages";
                        pieces?: number;
                        pages?: number;
                        /** @enum {string} */
                        outcome?: "already_public" | "disclosed" | "partial" | "state_secret" | "prohibited_by_law" | "endangers_security" | "third_party_rights" | "internal_affairs" | "process_information" | "enforcement_file" | "administrative_query" | "not_held" | "not_this_agency" | "needs_creation" | "unclear_after_correction" | "petition" | "duplicate" | "publication" | "excessive" | "confirmation" | "no_correction" | "unpaid_fee" | "withdrawn" | "other";
                        basis?: string;
                        evidence?: string;
                        toAgency?: string;
                        until?: string;
                        holder?: string;
                        holderContact?: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            number: string;
                            state: string;
                            outcome: string | null;
                            version: number;
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/requests/{number}/personal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申请人完整个人信息（仅承办人；每次查看均记入审计日志） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            idNumber: string | null;
                            phone: string;
                            address: string | null;
                            email: string | null;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{code}/requests/table-three": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 由办理数据计算的年度报告表三（行、列键见 report-schema.md） */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: {
                                [key: string]: number | null;
                            };
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/requests/{number}/letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 出具告知书（答复、补正、延期、征求意见、收费、不予处理）；缺少必需内容时拒绝 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "reply" | "correction" | "extension" | "consultation" | "consultation_notice" | "fee" | "not_processed" | "reasons_request" | "delayed_reply";
                    };
                };
            };
            responses: {
                /** @description 成功 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            kind: string;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{code}/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 机关某年度的政府信息公开工作年度报告（report-schema.md 的 JSON，含检查结果；封账后按封账数据） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            schema: "gongkai.report/1";
                            agency: {
                                name: string | null;
                                level: string | null;
                            };
                            year: number | null;
                            format: string;
                            source: {
                                file?: string;
                                kind: string;
                            };
                            tables: {
                                [key: string]: unknown;
                            };
                            narrative: {
                                [key: string]: number | null;
                            };
                            findings: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{code}/{year}/cells/{table}/{row}/{column}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度报告某个单元格背后的案件或信息（下钻） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    year: number;
                    table: "proactive" | "applications" | "appeals" | "narrative";
                    row: string;
                    column: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cell: string;
                            truncated: boolean;
                            items: {
                                ref: string;
                                title: string;
                                date: string;
                                detail: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{code}/{year}/rollup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 上级机关对全部下级的汇总表格，以及各下级年度报告的状态与检查结果（监督人员） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            report: {
                                /** @constant */
                                schema: "gongkai.report/1";
                                agency: {
                                    name: string | null;
                                    level: string | null;
                                };
                                year: number | null;
                                format: string;
                                source: {
                                    file?: string;
                                    kind: string;
                                };
                                tables: {
                                    [key: string]: unknown;
                                };
                                narrative: {
                                    [key: string]: number | null;
                                };
                                findings: {
                                    [key: string]: unknown;
                                }[];
                            };
                            units: {
                                code: string;
                                name: string;
                                kind: string;
                                status: string;
                                publishedAt: string | null;
                                errors: number;
                                warnings: number;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checker/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传已发布的年度报告（文本、网页、Word、PDF 或其 ZIP 压缩包，每个不超过 20 MB，一次最多 30 个）检查；返回检查批次，按其 url 查询进度和结果 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** @description 报告文件，可多个 */
                        files: string[];
                        /** @description 本批中上级汇总报告的文件名（与其余同年度报告之和核对），可不填 */
                        parent?: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batch: string;
                            /** @enum {string} */
                            state: "queued" | "running" | "done" | "failed";
                            /** @description 本批文件数（压缩包按其中文件计） */
                            total: number;
                            /** @description 已读取的文件数 */
                            done: number;
                            /** @description 检查未能完成时的中文原因 */
                            error: string | null;
                            createdAt: string;
                            finishedAt: string | null;
                            /** @description 本批的地址：轮询其 state，为 done 时 reports 为各文件的检查结果 */
                            url: string;
                            reports: {
                                id: number;
                                batch: string;
                                file: string;
                                /** @description 未能读取时的中文原因 */
                                error: string | null;
                                /** @description 是否为本批的上级汇总报告 */
                                parent: boolean;
                                /** @description report-schema.md 的报告 JSON；findings 中已审核的问题带 review */
                                report: {
                                    /** @constant */
                                    schema: "gongkai.report/1";
                                    findings: ({
                                        rule: string;
                                        severity: string;
                                        message: string;
                                        fingerprint: string;
                                        review?: {
                                            /** @enum {string} */
                                            decision: "confirmed" | "dismissed";
                                            reason: string;
                                            by: string;
                                            at: string;
                                        };
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                } & {
                                    [key: string]: unknown;
                                };
                                url: string;
                            }[] | null;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checker/batches/{batch}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检查批次的进度；完成后含各文件的报告 JSON（report-schema.md）及其问题和审核意见 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    batch: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batch: string;
                            /** @enum {string} */
                            state: "queued" | "running" | "done" | "failed";
                            /** @description 本批文件数（压缩包按其中文件计） */
                            total: number;
                            /** @description 已读取的文件数 */
                            done: number;
                            /** @description 检查未能完成时的中文原因 */
                            error: string | null;
                            createdAt: string;
                            finishedAt: string | null;
                            /** @description 本批的地址：轮询其 state，为 done 时 reports 为各文件的检查结果 */
                            url: string;
                            reports: {
                                id: number;
                                batch: string;
                                file: string;
                                /** @description 未能读取时的中文原因 */
                                error: string | null;
                                /** @description 是否为本批的上级汇总报告 */
                                parent: boolean;
                                /** @description report-schema.md 的报告 JSON；findings 中已审核的问题带 review */
                                report: {
                                    /** @constant */
                                    schema: "gongkai.report/1";
                                    findings: ({
                                        rule: string;
                                        severity: string;
                                        message: string;
                                        fingerprint: string;
                                        review?: {
                                            /** @enum {string} */
                                            decision: "confirmed" | "dismissed";
                                            reason: string;
                                            by: string;
                                            at: string;
                                        };
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                } & {
                                    [key: string]: unknown;
                                };
                                url: string;
                            }[] | null;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checker/batches/{batch}/recheck": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按现行规则重新检查本机关的一个批次（作为新的批次排队；以前的审核意见仍然有效） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    batch: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batch: string;
                            /** @enum {string} */
                            state: "queued" | "running" | "done" | "failed";
                            /** @description 本批文件数（压缩包按其中文件计） */
                            total: number;
                            /** @description 已读取的文件数 */
                            done: number;
                            /** @description 检查未能完成时的中文原因 */
                            error: string | null;
                            createdAt: string;
                            finishedAt: string | null;
                            /** @description 本批的地址：轮询其 state，为 done 时 reports 为各文件的检查结果 */
                            url: string;
                            reports: {
                                id: number;
                                batch: string;
                                file: string;
                                /** @description 未能读取时的中文原因 */
                                error: string | null;
                                /** @description 是否为本批的上级汇总报告 */
                                parent: boolean;
                                /** @description report-schema.md 的报告 JSON；findings 中已审核的问题带 review */
                                report: {
                                    /** @constant */
                                    schema: "gongkai.report/1";
                                    findings: ({
                                        rule: string;
                                        severity: string;
                                        message: string;
                                        fingerprint: string;
                                        review?: {
                                            /** @enum {string} */
                                            decision: "confirmed" | "dismissed";
                                            reason: string;
                                            by: string;
                                            at: string;
                                        };
                                    } & {
                                        [key: string]: unknown;
                                    })[];
                                } & {
                                    [key: string]: unknown;
                                };
                                url: string;
                            }[] | null;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checker/uploads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一份已检查报告的 JSON（report-schema.md）及其问题和审核意见 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            batch: string;
                            file: string;
                            /** @description 未能读取时的中文原因 */
                            error: string | null;
                            /** @description 是否为本批的上级汇总报告 */
                            parent: boolean;
                            /** @description report-schema.md 的报告 JSON；findings 中已审核的问题带 review */
                            report: {
                                /** @constant */
                                schema: "gongkai.report/1";
                                findings: ({
                                    rule: string;
                                    severity: string;
                                    message: string;
                                    fingerprint: string;
                                    review?: {
                                        /** @enum {string} */
                                        decision: "confirmed" | "dismissed";
                                        reason: string;
                                        by: string;
                                        at: string;
                                    };
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            url: string;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/checker/uploads/{id}/findings/{fingerprint}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核一个问题：确认有误（confirmed）或不予采纳（dismissed），须写明理由 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fingerprint: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "confirmed" | "dismissed";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            batch: string;
                            file: string;
                            /** @description 未能读取时的中文原因 */
                            error: string | null;
                            /** @description 是否为本批的上级汇总报告 */
                            parent: boolean;
                            /** @description report-schema.md 的报告 JSON；findings 中已审核的问题带 review */
                            report: {
                                /** @constant */
                                schema: "gongkai.report/1";
                                findings: ({
                                    rule: string;
                                    severity: string;
                                    message: string;
                                    fingerprint: string;
                                    review?: {
                                        /** @enum {string} */
                                        decision: "confirmed" | "dismissed";
                                        reason: string;
                                        by: string;
                                        at: string;
                                    };
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            };
                            url: string;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/requests.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出申请列表为CSV（UTF-8 带 BOM，防公式注入）：筛选同后台列表；非本人承办案件的申请人姓名脱敏；记入审计日志 */
        get: {
            parameters: {
                query?: {
                    state?: "received" | "awaiting_correction" | "processing" | "consulting" | "extension_pending" | "awaiting_fee" | "replied" | "delivered" | "archived" | "withdrawn" | "deemed_abandoned" | "awaiting_reasons";
                    mine?: "1";
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/catalogue.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出本机关公开信息目录为CSV（UTF-8 带 BOM，防公式注入）：筛选同后台目录列表；非撰写、审核人员的导出中个人信息脱敏；记入审计日志 */
        get: {
            parameters: {
                query?: {
                    state?: "draft" | "secrecy_review" | "review" | "sign_off" | "ready" | "published" | "withdrawn" | "applied";
                    column?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/requests.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出申请列表为Excel（XLSX）：筛选同后台列表；非本人承办案件的申请人姓名脱敏；记入审计日志 */
        get: {
            parameters: {
                query?: {
                    state?: "received" | "awaiting_correction" | "processing" | "consulting" | "extension_pending" | "awaiting_fee" | "replied" | "delivered" | "archived" | "withdrawn" | "deemed_abandoned" | "awaiting_reasons";
                    mine?: "1";
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/catalogue.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出本机关公开信息目录为Excel（XLSX）：筛选同后台目录列表；非撰写、审核人员的导出中个人信息脱敏；记入审计日志 */
        get: {
            parameters: {
                query?: {
                    state?: "draft" | "secrecy_review" | "review" | "sign_off" | "ready" | "published" | "withdrawn" | "applied";
                    column?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/requests/{number}/volume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申请人 30 日、12 个月内向本机关的申请件数与提示阈值，及同期其他申请人的相似申请（条例第三十五条） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from30: string;
                            from12: string;
                            to: string;
                            last30Days: number;
                            last12Months: number;
                            thresholds: {
                                per30Days: number;
                                per12Months: number;
                            };
                            over30: boolean;
                            over12: boolean;
                            similar: {
                                id: number;
                                number: string;
                                receivedOn: string;
                                state: string;
                                infoTitle: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/volume-thresholds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本机关的申请数量提示阈值（条例第三十五条） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            per30Days: number;
                            per12Months: number;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** 设置本机关的申请数量提示阈值（1–10000 的整数；记入审计日志） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        per30Days: number;
                        per12Months: number;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            per30Days: number;
                            per12Months: number;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置本人的电子邮箱（办理期限和栏目更新提醒发到此邮箱；空字符串表示删除） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string | null;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 管理员设置本机关工作人员的电子邮箱（空字符串表示删除；记入审计日志） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string | null;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的 API 令牌（只显示前缀） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tokens: {
                                id: number;
                                name: string;
                                prefix: string;
                                createdAt: string;
                                lastUsedAt: string | null;
                                revokedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** 生成一个 API 令牌（name 写明用途）；令牌只在此时返回一次 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            token: string;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tokens/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销我的一个 API 令牌 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tokens: {
                                id: number;
                                name: string;
                                prefix: string;
                                createdAt: string;
                                lastUsedAt: string | null;
                                revokedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改我的密码（current、next、confirm）；修改后其他会话退出 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        current: string;
                        next: string;
                        confirm: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            changed: true;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本机关的一个工作人员账号（管理员） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            displayName: string;
                            agency: string;
                            roles: string[];
                            disabled: boolean;
                            locked: boolean;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 设置账号的角色（roles：角色列表） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        roles: string | string[];
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            displayName: string;
                            agency: string;
                            roles: string[];
                            disabled: boolean;
                            locked: boolean;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解除因多次登录失败造成的锁定 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            displayName: string;
                            agency: string;
                            roles: string[];
                            disabled: boolean;
                            locked: boolean;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/require-password-change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 要求该用户下次登录时修改密码 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            displayName: string;
                            agency: string;
                            roles: string[];
                            disabled: boolean;
                            locked: boolean;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用账号（其会话和令牌随即失效） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            displayName: string;
                            agency: string;
                            roles: string[];
                            disabled: boolean;
                            locked: boolean;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新启用账号 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            displayName: string;
                            agency: string;
                            roles: string[];
                            disabled: boolean;
                            locked: boolean;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本机关的复议、诉讼案件（按提出日期从新到旧）；year 只列该年度表四统计的案件（当年年底前提出、当年之前未审结） */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                /** @enum {string} */
                                kind: "reconsideration" | "litigation_direct" | "litigation_after_reconsideration";
                                kindLabel: string;
                                procedure: string;
                                followsId: number | null;
                                requestNumber: string | null;
                                body: string;
                                caseNumber: string | null;
                                applicant: string;
                                filedOn: string;
                                acceptedOn: string | null;
                                copyReceivedOn: string | null;
                                answeredOn: string | null;
                                extendedDays: number;
                                decidedOn: string | null;
                                decision: string | null;
                                decisionLabel: string | null;
                                version: number;
                            }[];
                            /** @description 下一页的游标；为 null 时已是最后一页 */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** 登记一件复议或诉讼案件（kind、procedure、body、applicant、filedOn；复议后起诉须给 followsId） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "reconsideration" | "litigation_direct" | "litigation_after_reconsideration";
                        /** @enum {string} */
                        procedure: "ordinary" | "simplified";
                        followsId?: string;
                        requestNumber?: string;
                        body: string;
                        caseNumber?: string;
                        applicant: string;
                        filedOn: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {string} */
                            kind: "reconsideration" | "litigation_direct" | "litigation_after_reconsideration";
                            kindLabel: string;
                            procedure: string;
                            followsId: number | null;
                            requestNumber: string | null;
                            body: string;
                            caseNumber: string | null;
                            applicant: string;
                            filedOn: string;
                            acceptedOn: string | null;
                            copyReceivedOn: string | null;
                            answeredOn: string | null;
                            extendedDays: number;
                            decidedOn: string | null;
                            decision: string | null;
                            decisionLabel: string | null;
                            version: number;
                            deadlines: {
                                answerDue: {
                                    date: string;
                                    basis: string;
                                } | null;
                                decisionDue: {
                                    date: string;
                                    basis: string;
                                } | null;
                            };
                            documents: {
                                id: number;
                                kind: string;
                                title: string;
                                dated: string;
                                docNumber: string | null;
                                file: {
                                    name: string;
                                    type: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/table-four": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本机关某年度的表四（因政府信息公开工作被申请行政复议、提起行政诉讼情况），默认本年 */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            reconsideration: {
                                upheld: number;
                                corrected: number;
                                other: number;
                                pending: number;
                                total: number;
                            };
                            litigationDirect: {
                                upheld: number;
                                corrected: number;
                                other: number;
                                pending: number;
                                total: number;
                            };
                            litigationAfterReconsideration: {
                                upheld: number;
                                corrected: number;
                                other: number;
                                pending: number;
                                total: number;
                            };
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一件案件：各环节日期、答复和决定期限（附依据）、文书 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {string} */
                            kind: "reconsideration" | "litigation_direct" | "litigation_after_reconsideration";
                            kindLabel: string;
                            procedure: string;
                            followsId: number | null;
                            requestNumber: string | null;
                            body: string;
                            caseNumber: string | null;
                            applicant: string;
                            filedOn: string;
                            acceptedOn: string | null;
                            copyReceivedOn: string | null;
                            answeredOn: string | null;
                            extendedDays: number;
                            decidedOn: string | null;
                            decision: string | null;
                            decisionLabel: string | null;
                            version: number;
                            deadlines: {
                                answerDue: {
                                    date: string;
                                    basis: string;
                                } | null;
                                decisionDue: {
                                    date: string;
                                    basis: string;
                                } | null;
                            };
                            documents: {
                                id: number;
                                kind: string;
                                title: string;
                                dated: string;
                                docNumber: string | null;
                                file: {
                                    name: string;
                                    type: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录办理环节：受理、收到副本、答复、延长、决定（整体保存，须带 version；结果纠正时涉及的申请重新办理） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        acceptedOn?: string;
                        copyReceivedOn?: string;
                        answeredOn?: string;
                        extendedDays?: string;
                        decidedOn?: string;
                        decision?: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {string} */
                            kind: "reconsideration" | "litigation_direct" | "litigation_after_reconsideration";
                            kindLabel: string;
                            procedure: string;
                            followsId: number | null;
                            requestNumber: string | null;
                            body: string;
                            caseNumber: string | null;
                            applicant: string;
                            filedOn: string;
                            acceptedOn: string | null;
                            copyReceivedOn: string | null;
                            answeredOn: string | null;
                            extendedDays: number;
                            decidedOn: string | null;
                            decision: string | null;
                            decisionLabel: string | null;
                            version: number;
                            deadlines: {
                                answerDue: {
                                    date: string;
                                    basis: string;
                                } | null;
                                decisionDue: {
                                    date: string;
                                    basis: string;
                                } | null;
                            };
                            documents: {
                                id: number;
                                kind: string;
                                title: string;
                                dated: string;
                                docNumber: string | null;
                                file: {
                                    name: string;
                                    type: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 归档一份文书（kind、title、dated、docNumber）；附文件时以 multipart/form-data 提交，文件字段 file（PDF、DOCX、PNG 或 JPEG，不超过 20 MB） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "申请书" | "起诉状" | "答复书" | "答辩状" | "决定书" | "判决书" | "裁定书" | "其他";
                        title: string;
                        dated: string;
                        docNumber?: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {string} */
                            kind: "reconsideration" | "litigation_direct" | "litigation_after_reconsideration";
                            kindLabel: string;
                            procedure: string;
                            followsId: number | null;
                            requestNumber: string | null;
                            body: string;
                            caseNumber: string | null;
                            applicant: string;
                            filedOn: string;
                            acceptedOn: string | null;
                            copyReceivedOn: string | null;
                            answeredOn: string | null;
                            extendedDays: number;
                            decidedOn: string | null;
                            decision: string | null;
                            decisionLabel: string | null;
                            version: number;
                            deadlines: {
                                answerDue: {
                                    date: string;
                                    basis: string;
                                } | null;
                                decisionDue: {
                                    date: string;
                                    basis: string;
                                } | null;
                            };
                            documents: {
                                id: number;
                                kind: string;
                                title: string;
                                dated: string;
                                docNumber: string | null;
                                file: {
                                    name: string;
                                    type: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appeals/{id}/documents/{doc}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载文书的文件 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    doc: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "image/png": string;
                        "image/jpeg": string;
                        "application/octet-stream": string;
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已载入放假安排的年份，及各年的放假和调休上班天数、依据的通知 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            years: {
                                year: number;
                                source: string;
                                noticeTitle: string | null;
                                noticeDate: string | null;
                                loadedAt: string;
                                offDays: number;
                                workDays: number;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** 载入（或替换）某年的放假安排：days 为日期列表，或与后台相同的文本（每行“2027-01-01 休 元旦”“2027-02-06~2027-02-12 休 春节”“2027-02-14 班 春节”）；未办结申请的答复期限随之重算 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        year: number;
                        notice?: {
                            title: string;
                            date: string;
                        } | null;
                        days: string | {
                            date: string;
                            /** @enum {string} */
                            kind: "off" | "work";
                            name: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description 成功 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            replaced: boolean;
                            offDays: string[];
                            workDays: string[];
                            /** @description 工作日属性发生变化的日期 */
                            changedDates: string[];
                            /** @description 答复期限随之调整的未办结申请数 */
                            moved: number;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{code}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 留言（无需登录，可匿名）：key 为客户端生成的一次性键（16–64 位字母、数字、- 或 _），重复提交同一 key 得到同一查询码；wantsPublic 为 "yes" 表示同意答复后公开 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        key: string;
                        name?: string;
                        contact?: string;
                        subject: string;
                        body: string;
                        /** @constant */
                        wantsPublic?: "yes";
                    };
                };
            };
            responses: {
                /** @description 成功 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description 查询码，凭它查看答复 */
                            code: string;
                            replyDue: string;
                            /** @description 同一 key 已提交过 */
                            duplicate: boolean;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{code}/feedback/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 凭查询码查看留言的办理情况和答复（POST，查询码不进入地址和日志） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subject: string;
                            /** @enum {string} */
                            status: "received" | "replied";
                            statusLabel: string;
                            receivedOn: string;
                            replyDue: string;
                            reply: string | null;
                            repliedAt: string | null;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本机关收到的留言：未答复的在前，按答复期限先后；status 只列 received（待答复）或 replied（已答复） */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    status?: "received" | "replied";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                subject: string;
                                body: string;
                                /** @description 留言人姓名；无答复权限时已遮蔽 */
                                name: string | null;
                                /** @description 联系方式；无答复权限时已遮蔽 */
                                contact: string | null;
                                wantsPublic: boolean;
                                /** @enum {string} */
                                status: "received" | "replied";
                                statusLabel: string;
                                receivedOn: string;
                                replyDue: string;
                                reply: string | null;
                                repliedAt: string | null;
                                published: boolean;
                                version: number;
                            }[];
                            /** @description 下一页的游标；为 null 时已是最后一页 */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一条留言；有答复权限的工作人员看到完整的姓名和联系方式 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            subject: string;
                            body: string;
                            /** @description 留言人姓名；无答复权限时已遮蔽 */
                            name: string | null;
                            /** @description 联系方式；无答复权限时已遮蔽 */
                            contact: string | null;
                            wantsPublic: boolean;
                            /** @enum {string} */
                            status: "received" | "replied";
                            statusLabel: string;
                            receivedOn: string;
                            replyDue: string;
                            reply: string | null;
                            repliedAt: string | null;
                            published: boolean;
                            version: number;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 答复留言（reply；须带 version） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reply: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            subject: string;
                            body: string;
                            /** @description 留言人姓名；无答复权限时已遮蔽 */
                            name: string | null;
                            /** @description 联系方式；无答复权限时已遮蔽 */
                            contact: string | null;
                            wantsPublic: boolean;
                            /** @enum {string} */
                            status: "received" | "replied";
                            statusLabel: string;
                            receivedOn: string;
                            replyDue: string;
                            reply: string | null;
                            repliedAt: string | null;
                            published: boolean;
                            version: number;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公开展示（publish: true，须留言人同意且已答复）或撤下（false） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        publish: boolean;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            subject: string;
                            body: string;
                            /** @description 留言人姓名；无答复权限时已遮蔽 */
                            name: string | null;
                            /** @description 联系方式；无答复权限时已遮蔽 */
                            contact: string | null;
                            wantsPublic: boolean;
                            /** @enum {string} */
                            status: "received" | "replied";
                            statusLabel: string;
                            receivedOn: string;
                            replyDue: string;
                            reply: string | null;
                            repliedAt: string | null;
                            published: boolean;
                            version: number;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{code}/{year}/work": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度报告的编制状态：状态和版本号、各段文字（是否仍待填写）、检查结果及其处理意见 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            state: "draft" | "frozen" | "published";
                            stateLabel: string;
                            /** @description 保存文字、公布时带回；尚未保存过为 null */
                            version: number | null;
                            publishedAt: string | null;
                            texts: {
                                key: string;
                                label: string;
                                hint: string;
                                text: string;
                                /** @description 仍是【待填写】提示，公布前须填写 */
                                unfilled: boolean;
                            }[];
                            findings: {
                                fingerprint: string;
                                rule: string;
                                severity: string;
                                message: string;
                                review: {
                                    /** @enum {string} */
                                    decision: "confirmed" | "dismissed";
                                    reason: string;
                                    by: string;
                                    at: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{code}/{year}/texts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 保存报告中需人工撰写的文字段落（texts 只需给出要改的段落，键为 overview、management、platform、mechanism、assessment、socialReview、problems、keyPoints、proposals、innovation；version 为读取时的版本号，他人已修改时 409） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number | null;
                        texts: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            state: "draft" | "frozen" | "published";
                            stateLabel: string;
                            /** @description 保存文字、公布时带回；尚未保存过为 null */
                            version: number | null;
                            publishedAt: string | null;
                            texts: {
                                key: string;
                                label: string;
                                hint: string;
                                text: string;
                                /** @description 仍是【待填写】提示，公布前须填写 */
                                unfilled: boolean;
                            }[];
                            findings: {
                                fingerprint: string;
                                rule: string;
                                severity: string;
                                message: string;
                                review: {
                                    /** @enum {string} */
                                    decision: "confirmed" | "dismissed";
                                    reason: string;
                                    by: string;
                                    at: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{code}/{year}/findings/{fingerprint}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 处理一条检查结果：decision 为 confirmed（确认有误）或 dismissed（不予采纳），reason 写明理由；再次处理替换前一次 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    year: number;
                    fingerprint: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "confirmed" | "dismissed";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            state: "draft" | "frozen" | "published";
                            stateLabel: string;
                            /** @description 保存文字、公布时带回；尚未保存过为 null */
                            version: number | null;
                            publishedAt: string | null;
                            texts: {
                                key: string;
                                label: string;
                                hint: string;
                                text: string;
                                /** @description 仍是【待填写】提示，公布前须填写 */
                                unfilled: boolean;
                            }[];
                            findings: {
                                fingerprint: string;
                                rule: string;
                                severity: string;
                                message: string;
                                review: {
                                    /** @enum {string} */
                                    decision: "confirmed" | "dismissed";
                                    reason: string;
                                    by: string;
                                    at: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{code}/{year}/freeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 年终封账：报告此后按封账时的数据编制（公布前可再次封账） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            state: "draft" | "frozen" | "published";
                            stateLabel: string;
                            /** @description 保存文字、公布时带回；尚未保存过为 null */
                            version: number | null;
                            publishedAt: string | null;
                            texts: {
                                key: string;
                                label: string;
                                hint: string;
                                text: string;
                                /** @description 仍是【待填写】提示，公布前须填写 */
                                unfilled: boolean;
                            }[];
                            findings: {
                                fingerprint: string;
                                rule: string;
                                severity: string;
                                message: string;
                                review: {
                                    /** @enum {string} */
                                    decision: "confirmed" | "dismissed";
                                    reason: string;
                                    by: string;
                                    at: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{code}/{year}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公布年度报告（尚未封账的先封账）：有未处理的错误时 409；有警告时须写 justification（至少 10 字）；公布后放入“政府信息公开年度报告”栏目 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        justification?: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            state: "draft" | "frozen" | "published";
                            stateLabel: string;
                            /** @description 保存文字、公布时带回；尚未保存过为 null */
                            version: number | null;
                            publishedAt: string | null;
                            texts: {
                                key: string;
                                label: string;
                                hint: string;
                                text: string;
                                /** @description 仍是【待填写】提示，公布前须填写 */
                                unfilled: boolean;
                            }[];
                            findings: {
                                fingerprint: string;
                                rule: string;
                                severity: string;
                                message: string;
                                review: {
                                    /** @enum {string} */
                                    decision: "confirmed" | "dismissed";
                                    reason: string;
                                    by: string;
                                    at: string;
                                } | null;
                            }[];
                            /** @description 年度报告条目的索引号 */
                            indexNo: string;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/{code}/{year}/download/{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载年度报告：html（单文件网页）、docx、xlsx 或 pdf（报告 JSON 见 /api/v1/reports/{code}/{year}） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    year: number;
                    format: "html" | "docx" | "xlsx" | "pdf";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "application/pdf": string;
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 未能发出的邮件：最终发送失败的，和失败后正在重试的（最近 200 封，地址已遮蔽） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                /** @description 收件地址（已遮蔽） */
                                recipient: string;
                                subject: string;
                                state: string;
                                attempts: number;
                                lastError: string | null;
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/mail/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新发送一封发送失败的邮件（不是“发送失败”状态时 409） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @constant */
                            queued: true;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/deadline-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 放假安排变化后答复期限被调整、承办人尚未确认的申请 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                number: string;
                                year: number;
                                oldDue: string | null;
                                newDue: string | null;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff/deadline-notices/{id}/seen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认已知悉答复期限的调整 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @constant */
                            seen: true;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/trainings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本机关举办的政府信息公开培训（按日期从新到旧）；year 只列该年度 */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                heldOn: string;
                                topic: string;
                                organiser: string;
                                attendees: number | null;
                                attendeeUnits: string;
                            }[];
                            /** @description 下一页的游标；为 null 时已是最后一页 */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** 记录一次已举办的培训（heldOn、topic、organiser、attendeeUnits，attendees 可不填） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        heldOn: string;
                        topic: string;
                        organiser: string;
                        attendees?: string;
                        attendeeUnits: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            heldOn: string;
                            topic: string;
                            organiser: string;
                            attendees: number | null;
                            attendeeUnits: string;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/accountability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本机关的责任追究决定（仅工作人员可见；按日期从新到旧）；year 只列该年度 */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                decidedOn: string;
                                person: string;
                                matter: string;
                                outcome: string;
                            }[];
                            /** @description 下一页的游标；为 null 时已是最后一页 */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** 记录一项责任追究决定（decidedOn、person、matter、outcome） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        decidedOn: string;
                        person: string;
                        matter: string;
                        outcome: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            decidedOn: string;
                            person: string;
                            matter: string;
                            outcome: string;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/mechanism": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作机制：分管负责人、工作机构、联络人的任职记录，以及现行制度 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            people: {
                                id: number;
                                /** @enum {string} */
                                duty: "principal" | "in_charge" | "office" | "contact";
                                person: string;
                                post: string;
                                since: string;
                                until: string | null;
                            }[];
                            rules: {
                                id: number;
                                series: string;
                                version: number;
                                title: string;
                                docNumber: string | null;
                                adoptedOn: string;
                                summary: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/mechanism/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录某项职责的任职人员（duty、person、post、since；同一职责的前任自 since 起卸任） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        duty: "principal" | "in_charge" | "office" | "contact";
                        person: string;
                        post: string;
                        since: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            people: {
                                id: number;
                                /** @enum {string} */
                                duty: "principal" | "in_charge" | "office" | "contact";
                                person: string;
                                post: string;
                                since: string;
                                until: string | null;
                            }[];
                            rules: {
                                id: number;
                                series: string;
                                version: number;
                                title: string;
                                docNumber: string | null;
                                adoptedOn: string;
                                summary: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/mechanism/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录一项制度（title、adoptedOn、summary；series 相同的为同一制度的新版本） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        series?: string;
                        title: string;
                        docNumber?: string;
                        adoptedOn: string;
                        summary: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            people: {
                                id: number;
                                /** @enum {string} */
                                duty: "principal" | "in_charge" | "office" | "contact";
                                person: string;
                                post: string;
                                since: string;
                                until: string | null;
                            }[];
                            rules: {
                                id: number;
                                series: string;
                                version: number;
                                title: string;
                                docNumber: string | null;
                                adoptedOn: string;
                                summary: string;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本机关组织的工作考核（按年度从新到旧），含已评分单位数 */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                year: number;
                                title: string;
                                useAnnual: boolean;
                                useAwards: boolean;
                                items: {
                                    name: string;
                                    points: number;
                                }[];
                                units: number;
                            }[];
                            /** @description 下一页的游标；为 null 时已是最后一页 */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** 开展一次考核：year、title、items（每行“项目 分值”）、useAnnual / useAwards 为 "yes" 时结果用于年度考核或评优 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        year: number;
                        title: string;
                        items: string;
                        /** @constant */
                        useAnnual?: "yes";
                        /** @constant */
                        useAwards?: "yes";
                    };
                };
            };
            responses: {
                /** @description 成功 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            year: number;
                            title: string;
                            useAnnual: boolean;
                            useAwards: boolean;
                            items: {
                                name: string;
                                points: number;
                            }[];
                            results: {
                                unit: string;
                                scores: number[];
                                total: number;
                                note: string | null;
                            }[];
                            /** @description 各被考核单位在平台上的栏目更新和申请办理数字 */
                            figures: {
                                code: string;
                                name: string;
                                columns: number;
                                stale: number;
                                empty: number;
                                veto: string[];
                                overdue: number;
                                dueSoon: number;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一次考核：考核项目、各单位得分，以及平台掌握的各单位栏目和办理数字 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            year: number;
                            title: string;
                            useAnnual: boolean;
                            useAwards: boolean;
                            items: {
                                name: string;
                                points: number;
                            }[];
                            results: {
                                unit: string;
                                scores: number[];
                                total: number;
                                note: string | null;
                            }[];
                            /** @description 各被考核单位在平台上的栏目更新和申请办理数字 */
                            figures: {
                                code: string;
                                name: string;
                                columns: number;
                                stale: number;
                                empty: number;
                                veto: string[];
                                overdue: number;
                                dueSoon: number;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/assessments/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 为一个被考核单位逐项打分（unit、scores 按考核项目顺序、note；再次提交替换该单位的得分） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        unit: string;
                        scores: string | string[];
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            year: number;
                            title: string;
                            useAnnual: boolean;
                            useAwards: boolean;
                            items: {
                                name: string;
                                points: number;
                            }[];
                            results: {
                                unit: string;
                                scores: number[];
                                total: number;
                                note: string | null;
                            }[];
                            /** @description 各被考核单位在平台上的栏目更新和申请办理数字 */
                            figures: {
                                code: string;
                                name: string;
                                columns: number;
                                stale: number;
                                empty: number;
                                veto: string[];
                                overdue: number;
                                dueSoon: number;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 重点工作任务（按完成期限先后），含推进状态；year 只列该年度 */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                year: number;
                                source: string;
                                task: string;
                                owner: string;
                                dueOn: string;
                                doneOn: string | null;
                                note: string | null;
                                /** @enum {string} */
                                status: "done" | "done_late" | "open" | "overdue";
                                statusLabel: string;
                            }[];
                            /** @description 下一页的游标；为 null 时已是最后一页 */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** 登记一项重点工作任务（year、source、task、owner、dueOn） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        year: number;
                        source: string;
                        task: string;
                        owner: string;
                        dueOn: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            year: number;
                            source: string;
                            task: string;
                            owner: string;
                            dueOn: string;
                            doneOn: string | null;
                            note: string | null;
                            /** @enum {string} */
                            status: "done" | "done_late" | "open" | "overdue";
                            statusLabel: string;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/tasks/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录任务完成（doneOn、note） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        doneOn: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            year: number;
                            source: string;
                            task: string;
                            owner: string;
                            dueOn: string;
                            doneOn: string | null;
                            note: string | null;
                            /** @enum {string} */
                            status: "done" | "done_late" | "open" | "overdue";
                            statusLabel: string;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{code}/catalogue/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入旧网站已公开的信息（XLSX、CSV，或连同附件的 ZIP）：保留原索引号和日期，经敏感信息检查后直接公开 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        filename: string;
                        content: string;
                        /**
                         * @description true（默认）只检查不写入；false 正式导入
                         * @default true
                         */
                        dryRun?: boolean;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rows: number;
                            published: number;
                            stopped: {
                                line: number;
                                indexNo: string;
                                title: string;
                                findings: string[];
                            }[];
                            /** @description 每条以“第 N 行：”开头的中文说明；有任何一条则一条也不写入 */
                            problems: string[];
                            written: boolean;
                            importId: number | null;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{code}/requests/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入迁移前已办结的依申请公开件（XLSX、CSV），计入年度报告表三 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        filename: string;
                        content: string;
                        /**
                         * @description true（默认）只检查不写入；false 正式导入
                         * @default true
                         */
                        dryRun?: boolean;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rows: number;
                            years: number[];
                            /** @description 每条以“第 N 行：”开头的中文说明；有任何一条则一条也不写入 */
                            problems: string[];
                            written: boolean;
                            importId: number | null;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{code}/reports/{year}/imported": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度报告表三中含迁移导入办件的单元格（行、列、导入件数） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cells: {
                                row: string;
                                column: string;
                                count: number;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{code}/standard-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本机关政务公开事项标准目录（按顺序），每项是否已有现行信息 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                level1: string;
                                level2: string;
                                content: string;
                                basis: string;
                                timeLimit: string;
                                subject: string;
                                channels: string[];
                                /** @enum {string} */
                                audience: "all" | "specific";
                                /** @enum {string} */
                                mode: "active" | "on_request";
                                /** @enum {string} */
                                tier: "county" | "township";
                                columnId: number | null;
                                /** @description 是否已关联已发布且有效的信息 */
                                current: boolean;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{code}/standard-items/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从省级标准目录 Excel 导入事项（追加，或 replace 时替换现有事项及其关联） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        filename: string;
                        content: string;
                        /**
                         * @description true（默认）只检查不写入；false 正式导入
                         * @default true
                         */
                        dryRun?: boolean;
                        /** @default false */
                        replace?: boolean;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: number;
                            replaced: number;
                            /** @description 每条以“第 N 行：”开头的中文说明；有任何一条则一条也不写入 */
                            problems: string[];
                            written: boolean;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{code}/standard-items/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 调整标准目录事项的顺序（列出全部事项的编号，各一次） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: number[];
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{code}/standard-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改标准目录事项 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        level1: string;
                        level2: string;
                        content: string;
                        /** @default  */
                        basis?: string;
                        /** @default  */
                        timeLimit?: string;
                        /** @default  */
                        subject?: string;
                        /** @default [] */
                        channels?: ("政府网站" | "两微一端" | "广播电视" | "公开查阅点" | "便民服务站" | "政府公报" | "发布会/听证会" | "纸质媒体" | "政务服务中心" | "入户/现场" | "社区/企事业单位/村公示栏（电子屏）" | "精准推送" | "其他")[];
                        /**
                         * @default all
                         * @enum {string}
                         */
                        audience?: "all" | "specific";
                        /**
                         * @default active
                         * @enum {string}
                         */
                        mode?: "active" | "on_request";
                        /**
                         * @default township
                         * @enum {string}
                         */
                        tier?: "county" | "township";
                        /** @default null */
                        columnId?: number | null;
                    };
                };
            };
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** 删除标准目录事项（同时取消其与信息的关联） */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{code}/standard-items/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 落实该事项的信息（已关联的目录信息） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                id: number;
                                indexNo: string;
                                title: string;
                                state: string;
                                validity: string;
                                publishedOn: string | null;
                            }[];
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{code}/standard-items/{id}/entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 把信息关联到标准目录事项 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    id: number;
                    entryId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** 取消信息与标准目录事项的关联 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                    id: number;
                    entryId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description 成功 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            ok: true;
                        };
                    };
                };
                /** @description 请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段 */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            error: {
                code: string;
                message: string;
                fields?: {
                    [key: string]: string;
                };
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
