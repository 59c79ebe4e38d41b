import { OrgFormNotice as OrgFormNotice_98a9f0254ec473258319e5e96a936bae } from '../../../components/orgSettings/OrgFormNotice'
import { StandWeek as StandWeek_169d7f483c0ec4fb69a809552fc94dd3 } from '../../../components/StandWeek'
import { SiteVisits as SiteVisits_bdf5e870c9932549ef1a2d7e80073d90 } from '../../../components/SiteVisits'
import { TransferContent as TransferContent_388c43a5a04fc293879514ea8a7f5e8a } from '../../../components/TransferContent'
import { OrgSaveButton as OrgSaveButton_9ebfffcd051408e1101f06c8d7edb9e5 } from '../../../components/orgSettings/OrgSaveButton'
import { ViewOnSite as ViewOnSite_a361072cea92eb97dc228807b860532b } from '../../../components/ViewOnSite'
import { DraftPreview as DraftPreview_246f5cd6966bbff11261468fcaf853f8 } from '../../../components/DraftPreview'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ReachGroup as ReachGroup_334d01b985fd6ed12f085048af591518 } from '../../../components/reach/ReachGroup'
import { ReachPreview as ReachPreview_cb4afd6405842a7bf45b24e90501cace } from '../../../components/ReachPreview'
import { MandatoryField as MandatoryField_d9de8db89a577f4165771c7207ec84db } from '../../../components/reach/MandatoryField'
import { ProposeUpward as ProposeUpward_a5ab3fc45c8f75f1c05efec40f15f1ab } from '../../../components/proposals/ProposeUpward'
import { ConfirmingPublishButton as ConfirmingPublishButton_3252960614717bf479228e3ff8407289 } from '../../../components/reach/ConfirmingPublishButton'
import { ReasonLabel as ReasonLabel_6bc41688e0408cb40ca345c2ee5e139f } from '../../../components/proposals/ReasonLabel'
import { SiteHostCell as SiteHostCell_c89cad32168dfbe6059659798b7621a7 } from '../../../components/SiteHostCell'
import { SiteHomeLink as SiteHomeLink_447012cb33c3834d6bfe16024392df87 } from '../../../components/SiteHomeLink'
import { RebuildSite as RebuildSite_6b6fc6a4f95ccf9077e86727958b5049 } from '../../../components/RebuildSite'
import { Icon as Icon_046f426b81a173dda97eaa2afb780a67 } from '../../../components/brand/Icon'
import { Logo as Logo_783c22b53d7b86bb1103bc322eb1604a } from '../../../components/brand/Logo'
import { MonitoringNavLink as MonitoringNavLink_50aa065ef07126d3e372220a05686f1c } from '../../../components/monitoring/MonitoringNavLink'
import { NewInquiries as NewInquiries_0b0834b6383cc6507b635371cce56685 } from '../../../components/NewInquiries'
import { SubscriberCounts as SubscriberCounts_ac723d4948189e686a3c07d610d845a2 } from '../../../components/SubscriberCounts'
import { MonitoringOwnRow as MonitoringOwnRow_54d1bcf0e5e682217f83fd6a755983bb } from '../../../components/monitoring/MonitoringOwnRow'
import { OrgSwitcherNav as OrgSwitcherNav_1b35d60f65a1dc6723345762474a1669 } from '../../../components/orgSwitcher/OrgSwitcherNav'
import { MonitoringView as MonitoringView_f65a3166ea54b8f19551209628d72098 } from '../../../components/monitoring/MonitoringView'
import { IncomingView as IncomingView_f99d56865cc92d19155d79e33c929561 } from '../../../components/incoming/IncomingView'
import { ProposalsView as ProposalsView_f1d46269860442181c0e8c89b827f9ce } from '../../../components/proposals/ProposalsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/orgSettings/OrgFormNotice#OrgFormNotice": OrgFormNotice_98a9f0254ec473258319e5e96a936bae,
  "/components/StandWeek#StandWeek": StandWeek_169d7f483c0ec4fb69a809552fc94dd3,
  "/components/SiteVisits#SiteVisits": SiteVisits_bdf5e870c9932549ef1a2d7e80073d90,
  "/components/TransferContent#TransferContent": TransferContent_388c43a5a04fc293879514ea8a7f5e8a,
  "/components/orgSettings/OrgSaveButton#OrgSaveButton": OrgSaveButton_9ebfffcd051408e1101f06c8d7edb9e5,
  "/components/ViewOnSite#ViewOnSite": ViewOnSite_a361072cea92eb97dc228807b860532b,
  "/components/DraftPreview#DraftPreview": DraftPreview_246f5cd6966bbff11261468fcaf853f8,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/reach/ReachGroup#ReachGroup": ReachGroup_334d01b985fd6ed12f085048af591518,
  "/components/ReachPreview#ReachPreview": ReachPreview_cb4afd6405842a7bf45b24e90501cace,
  "/components/reach/MandatoryField#MandatoryField": MandatoryField_d9de8db89a577f4165771c7207ec84db,
  "/components/proposals/ProposeUpward#ProposeUpward": ProposeUpward_a5ab3fc45c8f75f1c05efec40f15f1ab,
  "/components/reach/ConfirmingPublishButton#ConfirmingPublishButton": ConfirmingPublishButton_3252960614717bf479228e3ff8407289,
  "/components/proposals/ReasonLabel#ReasonLabel": ReasonLabel_6bc41688e0408cb40ca345c2ee5e139f,
  "/components/SiteHostCell#SiteHostCell": SiteHostCell_c89cad32168dfbe6059659798b7621a7,
  "/components/SiteHomeLink#SiteHomeLink": SiteHomeLink_447012cb33c3834d6bfe16024392df87,
  "/components/RebuildSite#RebuildSite": RebuildSite_6b6fc6a4f95ccf9077e86727958b5049,
  "/components/brand/Icon#Icon": Icon_046f426b81a173dda97eaa2afb780a67,
  "/components/brand/Logo#Logo": Logo_783c22b53d7b86bb1103bc322eb1604a,
  "/components/monitoring/MonitoringNavLink#MonitoringNavLink": MonitoringNavLink_50aa065ef07126d3e372220a05686f1c,
  "/components/NewInquiries#NewInquiries": NewInquiries_0b0834b6383cc6507b635371cce56685,
  "/components/SubscriberCounts#SubscriberCounts": SubscriberCounts_ac723d4948189e686a3c07d610d845a2,
  "/components/monitoring/MonitoringOwnRow#MonitoringOwnRow": MonitoringOwnRow_54d1bcf0e5e682217f83fd6a755983bb,
  "/components/orgSwitcher/OrgSwitcherNav#OrgSwitcherNav": OrgSwitcherNav_1b35d60f65a1dc6723345762474a1669,
  "/components/monitoring/MonitoringView#MonitoringView": MonitoringView_f65a3166ea54b8f19551209628d72098,
  "/components/incoming/IncomingView#IncomingView": IncomingView_f99d56865cc92d19155d79e33c929561,
  "/components/proposals/ProposalsView#ProposalsView": ProposalsView_f1d46269860442181c0e8c89b827f9ce,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
